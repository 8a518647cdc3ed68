package jp.mebuki.workflows.sbir;

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
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/**
 * The SBIR lifecycle and the stage-gate review against their backing classes: they parse, deploy,
 * name every element the code refers to (and only those), delegate by expression, and carry a
 * complete diagram for the Modeler.
 */
class SbirModelsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = SbirModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    @Test
    void theLifecycleNamesExactlyTheElementsOfItsBackingClass() throws Exception {
        BpmnModelInstance model = read(SbirProjectLifecycleProcess.RESOURCE);
        checkProcess(model, SbirProjectLifecycleProcess.KEY, SbirProjectLifecycleProcess.Elements.class);
        Set<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                constantsOf(SbirProjectLifecycleProcess.Messages.class));
    }

    @Test
    void theStageGateReviewNamesExactlyTheElementsOfItsBackingClass() throws Exception {
        BpmnModelInstance model = read(StageGateReviewProcess.RESOURCE);
        checkProcess(model, StageGateReviewProcess.KEY, StageGateReviewProcess.Elements.class);
        SubProcess slot = model.getModelElementById(StageGateReviewProcess.Elements.SUB_PROCESS_GATE_REVIEW_SLOT);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) slot.getLoopCharacteristics();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.isCamundaAsyncAfter()).isTrue();
        assertThat(loop.getCamundaElementVariable()).isEqualTo(StageGateReviewProcess.GATE_ASSIGNMENT_ID.getName());
        ServiceTask summarize = model.getModelElementById(
                StageGateReviewProcess.Elements.SERVICE_TASK_SUMMARIZE_GATE_SCORES);
        assertThat(summarize.isCamundaAsyncBefore()).isTrue();
    }

    @Test
    void callsTheStageGateReviewWithParametersInAndTheDecisionOut() throws Exception {
        BpmnModelInstance model = read(SbirProjectLifecycleProcess.RESOURCE);
        CallActivity gate = model.getModelElementById(
                SbirProjectLifecycleProcess.Elements.CALL_ACTIVITY_STAGE_GATE_REVIEW);
        assertThat(gate.getCalledElement()).isEqualTo(StageGateReviewProcess.KEY);
        assertThat(gate.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                .extracting(CamundaIn::getCamundaTarget)
                .contains(StageGateReviewProcess.SUBJECT_TYPE.getName(), StageGateReviewProcess.SUBJECT_ID.getName(),
                        StageGateReviewProcess.GATE.getName(), StageGateReviewProcess.CRITERIA_SET.getName(),
                        StageGateReviewProcess.REVIEWER_COUNT.getName());
        assertThat(gate.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
                .extracting(CamundaOut::getCamundaTarget)
                .containsExactlyInAnyOrder(SbirProjectLifecycleProcess.GATE_REVIEW_ID.getName(),
                        SbirProjectLifecycleProcess.GATE_DECISION.getName());
    }

    @Test
    @Deployment(resources = { SbirProjectLifecycleProcess.RESOURCE, StageGateReviewProcess.RESOURCE,
            StageGateReviewProcess.DECISION_RESOURCE })
    void deploysOnTheEngine() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeyIn(SbirProjectLifecycleProcess.KEY, StageGateReviewProcess.KEY).count())
                .isEqualTo(2);
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(StageGateReviewProcess.DECISION_KEY).count()).isOne();
    }

    private static void checkProcess(BpmnModelInstance model, String key, Class<?> elements) throws Exception {
        Process process = model.getModelElementById(key);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
        List<String> named = constantsOf(elements);
        for (String id : named) {
            assertThat((Object) model.getModelElementById(id)).as("element %s", id).isInstanceOf(BaseElement.class);
        }
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(named).contains(id));
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .allSatisfy(task -> assertThat(task.getCamundaDelegateExpression()).as(task.getId()).startsWith("${"));
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
