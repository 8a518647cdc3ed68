package jp.mebuki.workflows.mentoring;

import static jp.mebuki.workflows.ModelAssertions.assertDrawsEveryShapeAndEveryEdge;
import static jp.mebuki.workflows.ModelAssertions.assertExecutableWithHistoryTimeToLive;
import static jp.mebuki.workflows.ModelAssertions.assertNamesExactlyTheElementsOf;
import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.mebuki.workflows.ModelAssertions;
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
        model = ModelAssertions.read(MentorAssignmentProcess.RESOURCE);
    }

    @Test
    void isAnExecutableProcessWithAHistoryTimeToLive() {
        assertExecutableWithHistoryTimeToLive(model, MentorAssignmentProcess.KEY);
    }

    @Test
    void containsEveryElementTheBackingClassNamesAndNamesEveryNode() {
        assertNamesExactlyTheElementsOf(model, Elements.class);
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
        BpmnModelInstance screening = ModelAssertions.read(GapFundScreeningProcess.RESOURCE);
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
        assertDrawsEveryShapeAndEveryEdge(model);
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
}
