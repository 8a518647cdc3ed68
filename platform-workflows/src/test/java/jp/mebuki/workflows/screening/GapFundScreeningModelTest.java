package jp.mebuki.workflows.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The committed model against its backing class: it parses, deploys, names every element the code
 * refers to, and carries a complete diagram so administrators can open it in the Modeler.
 */
class GapFundScreeningModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = GapFundScreeningModelTest.class.getClassLoader()
                .getResourceAsStream(GapFundScreeningProcess.RESOURCE)) {
            assertThat(in).as(GapFundScreeningProcess.RESOURCE + " on the class path").isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void isAnExecutableProcessWithAHistoryTimeToLive() {
        Process process = model.getModelElementById(GapFundScreeningProcess.KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    }

    @Test
    void containsEveryElementTheBackingClassNames() throws IllegalAccessException {
        for (String id : constantsOf(GapFundScreeningProcess.Elements.class)) {
            assertThat((Object) model.getModelElementById(id)).as("element %s", id).isInstanceOf(BaseElement.class);
        }
        Set<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                constantsOf(GapFundScreeningProcess.Messages.class));
    }

    @Test
    void namesEveryFlowNodeSemantically() throws IllegalAccessException {
        Set<String> named = Set.copyOf(constantsOf(GapFundScreeningProcess.Elements.class));
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(named).contains(id));
    }

    @Test
    void runsTheReviewSlotsInParallelOverTheAssignments() {
        SubProcess slot = model.getModelElementById(GapFundScreeningProcess.Elements.SUB_PROCESS_REVIEW_SLOT);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) slot.getLoopCharacteristics();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.isCamundaAsyncAfter()).as("each finished slot continues in a job").isTrue();
        assertThat(loop.getCamundaCollection()).isEqualTo("${reviewAssignmentIds}");
        assertThat(loop.getCamundaElementVariable()).isEqualTo("reviewAssignmentId");
        ServiceTask computeScores = model.getModelElementById(GapFundScreeningProcess.Elements.SERVICE_TASK_COMPUTE_SCORES);
        assertThat(computeScores.isCamundaAsyncBefore()).isTrue();
    }

    @Test
    void drawsEveryShapeAndEveryEdge() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .peek(s -> assertThat(s.getBounds()).as("bounds of %s", s.getId()).isNotNull())
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(shapes).as("shapes").contains(id));
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        assertThat(edges).allSatisfy(e -> assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(edges.stream().map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(SequenceFlow.class).stream()
                        .map(SequenceFlow::getId).toList());
    }

    @Test
    @Deployment(resources = { GapFundScreeningProcess.RESOURCE, "bpmn/gap-fund-eligibility.dmn" })
    void deploysOnTheEngine() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(GapFundScreeningProcess.KEY).count()).isOne();
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(GapFundScreeningProcess.ELIGIBILITY_DECISION_KEY).count()).isOne();
    }

    private static List<String> constantsOf(Class<?> holder) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        assertThat(values).isNotEmpty().doesNotHaveDuplicates();
        return values;
    }
}
