package jp.mebuki.workflows.mentoring;

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
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.mebuki.workflows.mentoring.MentorAssignmentProcess.Elements;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;

/**
 * The committed mentor-assignment model against its backing class: it parses, deploys, names every
 * element the code refers to, has the timers the issue asks for, and a complete diagram.
 */
class MentorAssignmentModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        model = read(MentorAssignmentProcess.RESOURCE);
    }

    @Test
    void isAnExecutableProcessWithAHistoryTimeToLive() {
        Process process = model.getModelElementById(MentorAssignmentProcess.KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    }

    @Test
    void containsEveryElementTheBackingClassNamesAndNamesEveryNode() throws IllegalAccessException {
        List<String> named = constantsOf(Elements.class);
        for (String id : named) {
            assertThat((Object) model.getModelElementById(id)).as("element %s", id).isInstanceOf(BaseElement.class);
        }
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(named).contains(id));
    }

    @Test
    void waitsForTheMentorWithinAResponseWindowAndChecksInOnATimerCycle() {
        BoundaryEvent overdue = model.getModelElementById(Elements.BOUNDARY_EVENT_RESPONSE_OVERDUE);
        assertThat(overdue.getAttachedTo().getId()).isEqualTo(Elements.USER_TASK_RESPOND_TO_OFFER);
        assertThat(overdue.cancelActivity()).isTrue();
        assertThat(timerOf(overdue).getTimeDuration().getTextContent()).isEqualTo("${responseWindow}");

        SubProcess checkIn = model.getModelElementById(Elements.SUB_PROCESS_CHECK_IN);
        assertThat(checkIn.triggeredByEvent()).isTrue();
        StartEvent due = model.getModelElementById(Elements.START_EVENT_CHECK_IN_DUE);
        assertThat(due.isInterrupting()).isFalse();
        assertThat(timerOf(due).getTimeCycle().getTextContent()).isEqualTo("${checkInCycle}");

        UserTask respond = model.getModelElementById(Elements.USER_TASK_RESPOND_TO_OFFER);
        assertThat(respond.getCamundaAssignee()).isEqualTo("${mentorUsername}");
        UserTask confirm = model.getModelElementById(Elements.USER_TASK_CONFIRM_PROPOSAL);
        assertThat(confirm.getCamundaCandidateGroups()).isEqualTo(MentorAssignmentProcess.PM_GROUP);
    }

    @Test
    void isCalledByTheGapFundProcessAfterAdoptionWithGenericInputs() throws Exception {
        BpmnModelInstance screening = read(GapFundScreeningProcess.RESOURCE);
        CallActivity call = screening.getModelElementById(GapFundScreeningProcess.Elements.CALL_ACTIVITY_MENTOR_ASSIGNMENT);

        assertThat(call.getCalledElement()).isEqualTo(MentorAssignmentProcess.KEY);
        assertThat(call.isCamundaAsyncBefore()).isTrue();
        assertThat(call.getIncoming()).singleElement()
                .satisfies(f -> assertThat(f.getSource().getId()).isEqualTo(GapFundScreeningProcess.Elements.SERVICE_TASK_NOTIFY_ADOPTION));
        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                .extracting(CamundaIn::getCamundaTarget).filteredOn(t -> t != null)
                .containsExactlyInAnyOrder("menteeKind", "menteeId", "title", "fieldCode", "growthStage",
                        "institutionCode", "menteeUsername");
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
    @Deployment(resources = MentorAssignmentProcess.RESOURCE)
    void deploysOnTheEngine() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(MentorAssignmentProcess.KEY).count()).isOne();
    }

    private static TimerEventDefinition timerOf(org.camunda.bpm.model.bpmn.instance.Event event) {
        return event.getChildElementsByType(TimerEventDefinition.class).iterator().next();
    }

    private static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = MentorAssignmentModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            BpmnModelInstance read = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(read);
            return read;
        }
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
