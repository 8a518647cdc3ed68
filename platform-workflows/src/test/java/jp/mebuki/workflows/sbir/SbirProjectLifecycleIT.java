package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.Elements.END_EVENT_PROJECT_CLOSED;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.Elements.END_EVENT_PROJECT_COMMERCIALIZED;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.Elements.RECEIVE_TASK_AWAIT_PHASE_REPORT;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.Elements.SERVICE_TASK_RECORD_REPORT_OVERDUE;
import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.Elements.SERVICE_TASK_SEND_REPORT_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.sbir.OutcomeInput;
import jp.mebuki.core.sbir.OutcomeKind;
import jp.mebuki.core.sbir.ProjectPhase;
import jp.mebuki.core.sbir.ProjectStatus;
import jp.mebuki.core.sbir.SbirKpis;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.sbir.SupportKind;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.stagegate.GateAssignmentState;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.GateReviewStatus;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.workflows.SbirScenario;
import jp.mebuki.workflows.SbirScenario.Project;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTaskService;

/** Every path of the SBIR lifecycle with its stage gates: real engine, real domain, H2; clock moved by hand. */
@SpringBootTest
class SbirProjectLifecycleIT {

    @Autowired
    SbirScenario scenario;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SbirProcessService sbir;
    @Autowired
    SbirProjectService projects;
    @Autowired
    WorkTaskService inbox;
    @Autowired
    Notifier notifier;

    @BeforeEach
    void startFresh() {
        BpmnAwareTests.init(engine);
        scenario.reset();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void goesThroughBothGatesToCommercializationWithOutcomesForTheKpis() {
        SbirKpis before = projects.kpis();
        Project project = scenario.awardedProject("app.abe");
        assertThat(project.processInstance()).isWaitingAt(RECEIVE_TASK_AWAIT_PHASE_REPORT);

        project.reports(19_000_000L).isGateReviewedWith(4, 4);
        GateReview first = project.currentGate();
        assertThat(first.gate()).isEqualTo("PHASE_1");
        assertThat(first.proposedDecision()).isEqualTo(GateDecision.GO);
        assertThat(first.technicalScore()).isEqualByComparingTo("4.000");
        project.pmConfirmsGo(80_000_000L, 20);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_2);

        project.reports(78_000_000L).isGateReviewedWith(5, 4);
        assertThat(project.currentGate().gate()).isEqualTo("PHASE_2");
        project.pmConfirmsGo(500_000_000L, 48);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_3);

        project.reports(490_000_000L);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.COMMERCIALIZATION);
        UserAccount pm = scenario.user(SbirScenario.PM);
        inbox.recordCommercializationOutcomes(project.openTask(pm, TaskKind.RECORD_COMMERCIALIZATION_OUTCOMES).id(),
                pm, List.of(new OutcomeInput(OutcomeKind.PUBLIC_PROCUREMENT, "Miyagi Prefecture", 120_000_000L,
                        "Reconnaissance drones for the prefectural disaster office"),
                        new OutcomeInput(OutcomeKind.PRIVATE_MATCHING, "Tohoku Electric", null, "joint trials"),
                        new OutcomeInput(OutcomeKind.TEST_MARKETING, "Three municipalities", 5_000_000L, null)));

        assertThat(project.processInstance()).isEnded().hasPassed(END_EVENT_PROJECT_COMMERCIALIZED);
        assertThat(project.state().getStatus()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(project.state().getPhases()).extracting(ProjectPhase::phase, ProjectPhase::budgetYen,
                ProjectPhase::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SbirPhase.PHASE_1, 20_000_000L, "GO"),
                        org.assertj.core.groups.Tuple.tuple(SbirPhase.PHASE_2, 80_000_000L, "GO"),
                        org.assertj.core.groups.Tuple.tuple(SbirPhase.PHASE_3, 500_000_000L, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(SbirPhase.COMMERCIALIZATION, null, "COMPLETED"));
        assertThat(project.auditActions()).containsSubsequence("SBIR_PROJECT_AWARDED", "SBIR_REPORT_SUBMITTED",
                "GATE_REVIEW_OPENED", "GATE_REVIEW_SUBMITTED", "GATE_DECISION_PROPOSED", "GATE_DECISION_CONFIRMED",
                "SBIR_GATE_GO", "GATE_DECISION_CONFIRMED", "SBIR_GATE_GO", "SBIR_COMMERCIALIZATION_STARTED",
                "SBIR_OUTCOME_RECORDED", "SBIR_PROJECT_COMPLETED");
        SbirKpis after = projects.kpis();
        assertThat(after.publicProcurementContracts() - before.publicProcurementContracts()).isEqualTo(1);
        assertThat(after.publicProcurementYen() - before.publicProcurementYen()).isEqualTo(120_000_000L);
        assertThat(after.privateMatchings() - before.privateMatchings()).isEqualTo(1);
        assertThat(after.testMarketings() - before.testMarketings()).isEqualTo(1);
        assertThat(after.reachedCommercialization() - before.reachedCommercialization()).isEqualTo(1);
        assertThat(notifier.aboutApplication(project.state().getApplicationId()))
                .filteredOn(n -> n.kind() == NotificationKind.SBIR_GATE_DECIDED).hasSize(2);
    }

    @Test
    void reworksAfterAConditionalGateAndThenGoes() {
        Project project = scenario.awardedProject("app.inoue");
        project.reports(18_000_000L).isGateReviewedWith(3, 3);
        assertThat(project.currentGate().proposedDecision()).isEqualTo(GateDecision.CONDITIONAL);
        project.pmConfirmsConditional(2);

        assertThat(project.processInstance()).isWaitingAt(RECEIVE_TASK_AWAIT_PHASE_REPORT);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_1);
        assertThat(project.state().getReworksUsed()).isEqualTo(1);
        assertThat(project.state().currentPhase().plannedEnd()).isEqualTo(scenario.months(2));

        project.reports(20_000_000L).isGateReviewedWith(4, 4);
        assertThat(project.gateReviews()).hasSize(2);
        project.pmConfirmsGo(60_000_000L, 18);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_2);
        assertThat(project.state().getReworksUsed()).isZero();
        assertThat(project.auditActions()).containsSubsequence("SBIR_GATE_CONDITIONAL", "SBIR_REPORT_SUBMITTED",
                "GATE_REVIEW_OPENED", "SBIR_GATE_GO");
    }

    @Test
    void refusesAConditionalBeyondTheLimitAndClosesWithNoGo() {
        Project project = scenario.awardedProject("app.kimura");
        project.reports(15_000_000L).isGateReviewedWith(3, 3).pmConfirmsConditional(2);
        project.reports(16_000_000L).isGateReviewedWith(3, 3).pmConfirmsConditional(2);
        project.reports(17_000_000L).isGateReviewedWith(3, 3);
        GateReview third = project.currentGate();
        assertThat(third.proposedDecision()).as("no rework left").isEqualTo(GateDecision.NO_GO);

        assertThatThrownBy(() -> project.pmConfirmsConditional(2)).isInstanceOf(ConflictingStateException.class)
                .hasMessageContaining("used all 2 reworks");
        assertThat(project.currentGate().status()).isEqualTo(GateReviewStatus.AWAITING_CONFIRMATION);

        project.pmConfirmsNoGo("Two reworks did not close the gap to a viable product");
        assertThat(project.processInstance()).isEnded().hasPassed(END_EVENT_PROJECT_CLOSED);
        assertThat(project.state().getStatus()).isEqualTo(ProjectStatus.CLOSED_NO_GO);
        assertThat(project.state().getClosingReason()).isEqualTo("Two reworks did not close the gap to a viable product");
        assertThat(project.auditActions()).containsSubsequence("SBIR_GATE_CONDITIONAL", "SBIR_GATE_CONDITIONAL",
                "SBIR_GATE_NO_GO");
    }

    @Test
    void closesWithNoGoAtThePhase1Gate() {
        Project project = scenario.awardedProject("app.hayashi");
        project.reports(10_000_000L).isGateReviewedWith(2, 2);
        assertThat(project.currentGate().proposedDecision()).isEqualTo(GateDecision.NO_GO);
        project.pmConfirmsNoGo("Feasibility not shown");

        assertThat(project.processInstance()).isEnded().hasPassed(END_EVENT_PROJECT_CLOSED);
        assertThat(project.state().getPhases()).extracting(ProjectPhase::outcome).containsExactly("NO_GO");
        assertThat(project.currentGate().reason()).isEqualTo("Feasibility not shown");
    }

    @Test
    void closesWithNoGoAtThePhase2Gate() {
        Project project = scenario.awardedProject("app.mori");
        project.reports(20_000_000L).isGateReviewedWith(4, 4).pmConfirmsGo(30_000_000L, 12);
        project.reports(29_000_000L).isGateReviewedWith(4, 1);
        assertThat(project.currentGate().gate()).isEqualTo("PHASE_2");
        project.pmConfirmsNoGo("No procurement path");

        assertThat(project.processInstance()).isEnded().hasPassed(END_EVENT_PROJECT_CLOSED);
        assertThat(project.state().getPhases()).extracting(ProjectPhase::phase)
                .containsExactly(SbirPhase.PHASE_1, SbirPhase.PHASE_2);
        assertThat(project.state().getStatus()).isEqualTo(ProjectStatus.CLOSED_NO_GO);
    }

    @Test
    void remindsOfTheReportAndRaisesAPmTaskWhenThePhaseOverruns() {
        Project project = scenario.awardedProject("app.abe");
        scenario.timePasses(Duration.ofDays(30L * 11 - 13));
        scenario.runAllDueJobs();
        assertThat(project.processInstance()).hasPassed(SERVICE_TASK_SEND_REPORT_REMINDER)
                .isWaitingAt(RECEIVE_TASK_AWAIT_PHASE_REPORT);
        assertThat(notifier.aboutApplication(project.state().getApplicationId()))
                .extracting(n -> n.kind()).contains(NotificationKind.SBIR_REPORT_REMINDER)
                .doesNotContain(NotificationKind.SBIR_REPORT_OVERDUE);

        scenario.timePasses(Duration.ofDays(14));
        scenario.runAllDueJobs();
        assertThat(project.processInstance()).hasPassed(SERVICE_TASK_RECORD_REPORT_OVERDUE);
        assertThat(notifier.aboutApplication(project.state().getApplicationId()))
                .extracting(n -> n.kind()).contains(NotificationKind.SBIR_REPORT_OVERDUE);
        UserAccount pm = scenario.user(SbirScenario.PM);
        assertThat(project.hasTask(pm, TaskKind.FOLLOW_UP_PHASE_OVERRUN)).isTrue();

        inbox.followUpPhaseOverrun(project.openTask(pm, TaskKind.FOLLOW_UP_PHASE_OVERRUN).id(), pm,
                "Called the team: report delayed by a flight permit", scenario.months(1));
        assertThat(project.state().currentPhase().plannedEnd()).isEqualTo(scenario.months(1));
        assertThat(project.auditActions()).contains("SBIR_REPORT_REMINDER_SENT", "SBIR_REPORT_OVERDUE",
                "SBIR_OVERRUN_FOLLOWED_UP");

        project.reports(21_000_000L);
        assertThat(project.currentGate().status()).isEqualTo(GateReviewStatus.IN_REVIEW);
    }

    @Test
    void neverSkipsToPhase3WhenConfigurationDoesNotAllowIt() {
        Project project = scenario.awardedProject("app.inoue");
        project.reports(20_000_000L).isGateReviewedWith(5, 5);
        GateReview gate = project.currentGate();
        assertThat(gate.proposedDecision()).isEqualTo(GateDecision.GO);
        assertThat(gate.skipEligible()).isFalse();

        assertThatThrownBy(() -> project.pmConfirms(new GateConfirmation(GateDecision.GO, "Excellent",
                200_000_000L, scenario.months(36), null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("skipToPhase3"));
        project.pmConfirmsGo(100_000_000L, 24);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_2);
    }

    @Test
    void refusesAGoWithABudgetOutsidePhase2sRangeAndChangesNothing() {
        Project project = scenario.awardedProject("app.kimura");
        project.reports(20_000_000L).isGateReviewedWith(4, 4);

        assertThatThrownBy(() -> project.pmConfirmsGo(9_000_000L, 12))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("budgetYen");
                    assertThat(e.getMessage()).contains("¥10,000,000 and up");
                });
        assertThat(project.currentGate().status()).isEqualTo(GateReviewStatus.AWAITING_CONFIRMATION);
        assertThat(project.state().getPhase()).isEqualTo(SbirPhase.PHASE_1);
        assertThatThrownBy(() -> project.pmConfirmsGo(50_000_000L, 30))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("plannedEnd"));
        assertThatThrownBy(() -> project.pmConfirms(new GateConfirmation(GateDecision.NO_GO, " ", null, null, null,
                false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
        project.pmConfirmsGo(10_000_000L, 12);
        assertThat(project.state().currentPhase().budgetYen()).isEqualTo(10_000_000L);
    }

    @Test
    void refusesAReportBySomeoneNotOnTheProjectAndOneNobodyWaitsFor() {
        Project project = scenario.awardedProject("app.hayashi");
        UserAccount stranger = scenario.user("app.abe");
        assertThatThrownBy(() -> sbir.submitReport(project.id(), stranger.id(), Actor.user("app.abe"), "t", "b", 1L))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sbir.submitReport(project.id(), scenario.user("app.hayashi").id(),
                Actor.user("app.hayashi"), "t", "b", -1L)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("spentYen"));
        assertThat(project.state().getReports()).isEmpty();

        project.reports(1_000_000L);
        assertThatThrownBy(() -> project.reports(2_000_000L)).isInstanceOf(ConflictingStateException.class);
        assertThat(project.state().getReports()).hasSize(1);
    }

    @Test
    void passesAGateSlotOnWhenAReviewerDeclaresAConflict() {
        Project project = scenario.awardedProject("app.mori");
        project.reports(20_000_000L);
        UserAccount conflicted = project.currentGateReviewers().get(0);
        inbox.declareGateConflict(project.openTask(conflicted, TaskKind.REVIEW_GATE).id(), conflicted,
                "Advised the team last year");

        assertThat(project.currentGateAssignments()).filteredOn(a -> a.state() == GateAssignmentState.CONFLICT_DECLARED)
                .hasSize(1);
        assertThat(project.currentGateReviewers()).hasSize(3).doesNotContain(conflicted);
        assertThat(project.auditActions()).contains("GATE_CONFLICT_DECLARED", "GATE_REVIEWER_REASSIGNED");
        project.isGateReviewedWith(4, 4);
        assertThat(project.currentGate().proposedDecision()).isEqualTo(GateDecision.GO);
    }

    @Test
    void raisesAPmTaskForHandsOnSupportAtAnyPhase() {
        Project project = scenario.awardedProject("app.abe");
        sbir.requestSupport(project.id(), Actor.user(SbirScenario.PM), SupportKind.MENTORING,
                "Needs a founder who sold to local government");
        UserAccount pm = scenario.user(SbirScenario.PM);
        inbox.arrangeSupport(project.openTask(pm, TaskKind.ARRANGE_SUPPORT).id(), pm, "mentor.ikeda meets them monthly");

        assertThat(projects.supportRequestsOf(project.id())).singleElement()
                .satisfies(r -> assertThat(r.arrangedNote()).isEqualTo("mentor.ikeda meets them monthly"));
        assertThat(project.processInstance()).isWaitingAt(RECEIVE_TASK_AWAIT_PHASE_REPORT);
        assertThat(project.auditActions()).contains("SBIR_SUPPORT_REQUESTED", "SBIR_SUPPORT_ARRANGED");
    }
}
