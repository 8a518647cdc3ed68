package jp.mebuki.workflows.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/**
 * Every rule of the deployment guard, through the {@code RepositoryService} as an admin page deploys:
 * each broken model is refused with a message naming the file and the element, and nothing is stored
 * (no deployment, no definition, no resource). The shipped models pass.
 */
@SpringBootTest
class DeploymentGuardIT {

    static final String SCREENING = "gap-fund-screening.bpmn";
    static final String ELIGIBILITY = "gap-fund-eligibility.dmn";

    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;

    private Counts before;
    private String accepted;

    @BeforeEach
    void count() {
        before = counts();
    }

    @AfterEach
    void removeAcceptedDeployment() {
        if (accepted != null) {
            repository.deleteDeployment(accepted, true);
        }
    }

    @Test
    void acceptsTheShippedModelsAgain() {
        DeploymentBuilder all = repository.createDeployment().name("shipped models");
        for (String model : List.of(SCREENING, ELIGIBILITY, "stage-gate-review.bpmn", "stage-gate-decision.dmn",
                "sbir-project-lifecycle.bpmn", "mentor-assignment.bpmn")) {
            all.addString(model, model(model));
        }

        Deployment deployment = all.deploy();
        accepted = deployment.getId();

        assertThat(repository.createProcessDefinitionQuery().deploymentId(accepted).count()).isEqualTo(4);
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(accepted).count()).isEqualTo(2);
    }

    @Test
    void refusesADelegateExpressionThatNamesNoBean() {
        String broken = model(SCREENING).replace("${computeScores}", "${computeTheScores}");

        assertRefused(repository.createDeployment().name("typo").addString(SCREENING, broken),
                "gap-fund-screening.bpmn, element 'ServiceTaskComputeScores': camunda:delegateExpression"
                        + " ${computeTheScores} names no Spring bean 'computeTheScores'");
    }

    @Test
    void refusesAKnownUserTaskWithoutItsFormKey() {
        String broken = model(SCREENING).replace(" camunda:formKey=\"mebuki:decide\"", "");

        assertRefused(repository.createDeployment().name("no form key").addString(SCREENING, broken),
                "gap-fund-screening.bpmn, element 'UserTaskDecide': is the platform's DECIDE task and needs"
                        + " camunda:formKey=\"mebuki:decide\" (found none)");
    }

    @Test
    void refusesAKnownUserTaskInAProcessThatDoesNotProvideItsVariables() {
        String process = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="DefinitionsQuickDecision"
                    targetNamespace="https://mebuki.jp/test">
                  <bpmn:process id="QuickDecision" isExecutable="true" camunda:historyTimeToLive="1825">
                    <bpmn:startEvent id="StartEventQuick"/>
                    <bpmn:sequenceFlow id="FlowToDecide" sourceRef="StartEventQuick" targetRef="UserTaskDecide"/>
                    <bpmn:userTask id="UserTaskDecide" name="Decide" camunda:formKey="mebuki:decide"/>
                    <bpmn:sequenceFlow id="FlowToEnd" sourceRef="UserTaskDecide" targetRef="EndEventQuick"/>
                    <bpmn:endEvent id="EndEventQuick"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;

        Throwable refusal = assertRefused(repository.createDeployment().name("quick").addString("quick.bpmn", process),
                "quick.bpmn, element 'UserTaskDecide': is the platform's DECIDE task and needs the variable(s)"
                        + " [applicationId], which process 'QuickDecision' does not provide");
        assertThat(refusal).hasMessageContaining("quick.bpmn, element 'UserTaskDecide': is the platform's DECIDE task"
                + " and needs camunda:assignee or camunda:candidateGroups");
    }

    @Test
    void refusesADecisionWhoseInputsTheProcessDoesNotProvide() {
        String decision = withExtraInput(model(ELIGIBILITY));

        assertRefused(repository.createDeployment().name("new criterion").addString(SCREENING, model(SCREENING))
                .addString(ELIGIBILITY, decision),
                "gap-fund-screening.bpmn, element 'BusinessRuleTaskCheckEligibility': calls decision"
                        + " 'GapFundEligibility' (gap-fund-eligibility.dmn) whose input 'InputApplicantAge' reads"
                        + " variable 'applicantAge', which process 'GapFundScreening' does not provide");
    }

    @Test
    void refusesADecisionAloneWhoseInputsTheDeployedProcessDoesNotProvide() {
        assertRefused(repository.createDeployment().name("decision only")
                .addString(ELIGIBILITY, withExtraInput(model(ELIGIBILITY))),
                "gap-fund-eligibility.dmn, element 'InputApplicantAge': reads variable 'applicantAge', which the"
                        + " deployed process 'GapFundScreening' (business rule task 'BusinessRuleTaskCheckEligibility'");
    }

    @Test
    void refusesAProcessCallingADecisionThatExistsNowhere() {
        String broken = model("stage-gate-review.bpmn").replace("camunda:decisionRef=\"" + StageGateReviewProcess.DECISION_KEY,
                "camunda:decisionRef=\"StageGateVerdict");

        assertRefused(repository.createDeployment().name("unknown decision").addString("stage-gate-review.bpmn", broken),
                "stage-gate-review.bpmn, element 'BusinessRuleTaskProposeGateDecision': calls decision"
                        + " 'StageGateVerdict', which is neither in this deployment nor deployed");
    }

    @Test
    void refusesXmlTheEngineCannotParseNamingTheLine() {
        String truncated = model(SCREENING).substring(0, 2_000);

        Throwable refusal = assertRefused(repository.createDeployment().name("truncated").addString(SCREENING, truncated),
                "gap-fund-screening.bpmn line ");
        assertThat(refusal).hasMessageContaining("the engine cannot parse it");
    }

    @Test
    void refusesAModelTheEngineCannotParseNamingTheElement() {
        String broken = model(SCREENING).replace("sourceRef=\"GatewayEligible\" targetRef=\"ServiceTaskAssignReviewers\"",
                "sourceRef=\"GatewayEligible\" targetRef=\"ServiceTaskAssignReviewerz\"");

        assertRefused(repository.createDeployment().name("dangling flow").addString(SCREENING, broken),
                "gap-fund-screening.bpmn line ");
        assertThatThrownBy(() -> repository.createDeployment().name("dangling flow").addString(SCREENING, broken).deploy())
                .hasMessageContaining("element 'FlowEligible'").hasMessageContaining("ServiceTaskAssignReviewerz");
    }

    @Test
    void refusesADecisionTableTheEngineCannotParse() {
        String broken = model(ELIGIBILITY).replace(
                "<inputEntry id=\"RuleAmountOverCapFields\"><text></text></inputEntry>", "");

        assertRefused(repository.createDeployment().name("short rule").addString(ELIGIBILITY, broken),
                "gap-fund-eligibility.dmn: the engine cannot parse it: ");
    }

    // ---------------------------------------------------------------- helpers

    private Throwable assertRefused(DeploymentBuilder deployment, String expected) {
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(deployment::deploy);
        assertThat(refusal).isInstanceOf(DeploymentRefusedException.class)
                .hasMessageStartingWith("Deployment '").hasMessageContaining("refused by the Mebuki deployment guard")
                .hasMessageContaining(expected);
        assertThat(counts()).as("nothing deployed").isEqualTo(before);
        return refusal;
    }

    private Counts counts() {
        return new Counts(repository.createDeploymentQuery().count(), repository.createProcessDefinitionQuery().count(),
                repository.createDecisionDefinitionQuery().count(),
                jdbc.sql("select count(*) from ACT_GE_BYTEARRAY where DEPLOYMENT_ID_ is not null").query(Long.class)
                        .single());
    }

    private record Counts(long deployments, long processDefinitions, long decisionDefinitions, long resources) {
    }

    /** A new eligibility criterion that reads a variable the screening process never sets. */
    static String withExtraInput(String eligibility) {
        String input = "<input id=\"InputApplicantAge\" label=\"Applicant's age\"><inputExpression"
                + " id=\"InputExpressionApplicantAge\" typeRef=\"integer\"><text>applicantAge</text></inputExpression></input>";
        return eligibility.replace("<output id=\"OutputReason\"", input + "<output id=\"OutputReason\"")
                .replaceAll("(<inputEntry id=\"(Rule\\w+?)Fields\"><text>[^<]*</text></inputEntry>)",
                        "$1<inputEntry id=\"$2Age\"><text></text></inputEntry>");
    }

    static String model(String name) {
        try (InputStream in = DeploymentGuardIT.class.getClassLoader().getResourceAsStream("bpmn/" + name)) {
            assertThat(in).as("bpmn/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
