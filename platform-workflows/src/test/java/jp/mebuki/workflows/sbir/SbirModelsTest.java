package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.ModelAssertions.assertDrawsEveryShapeAndEveryEdge;
import static jp.mebuki.workflows.ModelAssertions.assertExecutableWithHistoryTimeToLive;
import static jp.mebuki.workflows.ModelAssertions.assertNamesExactlyTheElementsOf;
import static jp.mebuki.workflows.ModelAssertions.constantsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.mebuki.workflows.ModelAssertions;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/**
 * The SBIR lifecycle and the stage-gate review against their backing classes: they parse, deploy,
 * name every element the code refers to (and only those), delegate by expression, and carry a
 * complete diagram for the Modeler.
 */
class SbirModelsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @Test
    void theLifecycleNamesExactlyTheElementsOfItsBackingClass() throws Exception {
        BpmnModelInstance model = ModelAssertions.read(SbirProjectLifecycleProcess.RESOURCE);
        checkProcess(model, SbirProjectLifecycleProcess.KEY, SbirProjectLifecycleProcess.Elements.class);
        Set<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                constantsOf(SbirProjectLifecycleProcess.Messages.class));
    }

    @Test
    void theStageGateReviewNamesExactlyTheElementsOfItsBackingClass() throws Exception {
        BpmnModelInstance model = ModelAssertions.read(StageGateReviewProcess.RESOURCE);
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
        BpmnModelInstance model = ModelAssertions.read(SbirProjectLifecycleProcess.RESOURCE);
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

    private static void checkProcess(BpmnModelInstance model, String key, Class<?> elements) {
        assertExecutableWithHistoryTimeToLive(model, key);
        assertNamesExactlyTheElementsOf(model, elements);
        assertThat(model.getModelElementsByType(ServiceTask.class))
                .allSatisfy(task -> assertThat(task.getCamundaDelegateExpression()).as(task.getId()).startsWith("${"));
        assertDrawsEveryShapeAndEveryEdge(model);
    }
}
