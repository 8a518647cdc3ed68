package jp.mebuki.workflows.screening;

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
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.mebuki.workflows.ModelAssertions;

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
        model = ModelAssertions.read(GapFundScreeningProcess.RESOURCE);
    }

    @Test
    void readsTheApplicationIdBackFromTheBusinessKeyAndNothingFromAnyOtherKey() {
        assertThat(GapFundScreeningProcess.applicationIdOf(GapFundScreeningProcess.businessKeyOf(4711L))).isEqualTo(4711L);
        assertThat(GapFundScreeningProcess.applicationIdOf(null)).isNull();
        assertThat(GapFundScreeningProcess.applicationIdOf("")).isNull();
        assertThat(GapFundScreeningProcess.applicationIdOf("SBIR-12")).isNull();
        assertThat(GapFundScreeningProcess.applicationIdOf("-5")).isNull();
        assertThat(GapFundScreeningProcess.applicationIdOf("99999999999999999999")).isNull();
    }

    @Test
    void isAnExecutableProcessWithAHistoryTimeToLive() {
        assertExecutableWithHistoryTimeToLive(model, GapFundScreeningProcess.KEY);
    }

    @Test
    void namesExactlyTheElementsAndMessagesOfItsBackingClass() {
        assertNamesExactlyTheElementsOf(model, GapFundScreeningProcess.Elements.class);
        Set<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .collect(Collectors.toSet());
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                constantsOf(GapFundScreeningProcess.Messages.class));
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
    void acknowledgesTheSubmissionBeforeTheEligibilityCheckRuns() {
        ServiceTask collectFacts = model.getModelElementById(
                GapFundScreeningProcess.Elements.SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS);
        assertThat(collectFacts.isCamundaAsyncBefore()).as("the screening continues in a job after the submit commits")
                .isTrue();
    }

    @Test
    void drawsEveryShapeAndEveryEdge() {
        assertDrawsEveryShapeAndEveryEdge(model);
    }

    @Test
    @Deployment(resources = { GapFundScreeningProcess.RESOURCE, "bpmn/gap-fund-eligibility.dmn" })
    void deploysOnTheEngine() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(GapFundScreeningProcess.KEY).count()).isOne();
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(GapFundScreeningProcess.ELIGIBILITY_DECISION_KEY).count()).isOne();
    }
}
