package jp.mebuki.workflows.screening;

import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.CALL_ACTIVITY_MENTOR_ASSIGNMENT;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_ADOPTED;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_INELIGIBLE;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_REJECTED;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_REMINDER_SENT;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_SLOT_UNFILLED;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.END_EVENT_WITHDRAWN;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.RECEIVE_TASK_AWAIT_RESUBMISSION;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_ASSIGN_REVIEWERS;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_COMPUTE_SCORES;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_NOTIFY_ADOPTION;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_REASSIGN_AFTER_CONFLICT;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_REASSIGN_OVERDUE_REVIEW;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_RECORD_WITHDRAWAL;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_REJECT_INELIGIBLE;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.SERVICE_TASK_SEND_REVIEW_REMINDER;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.USER_TASK_DECIDE;
import static jp.mebuki.workflows.screening.GapFundScreeningProcess.Elements.USER_TASK_DECLARE_CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.StatusChange;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Reviewer;
import jp.mebuki.workflows.ScreeningScenario.Screened;
import jp.mebuki.workflows.task.TaskKind;

/** The screening process end to end: real engine, real domain, H2; only the clock and the mail are doubles. */
@SpringBootTest
class GapFundScreeningProcessIT {

    @Autowired
    ScreeningScenario scenario;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    UserDirectory users;
    @Autowired
    ScreeningProcessService screening;
    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

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
    void letsReviewersFinishTheirSlotsAtTheSameMoment() throws Exception {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        reviewers.forEach(r -> r.declaresNoConflictOn(application));
        CyclicBarrier together = new CyclicBarrier(reviewers.size());
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        try {
            List<Future<Reviewer>> done = new ArrayList<>();
            for (Reviewer reviewer : reviewers) {
                done.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return reviewer.scores(application, 4);
                }));
            }
            for (Future<Reviewer> each : done) {
                // a failed completion (e.g. an optimistic-locking conflict on the join) surfaces here
                assertThat(each.get(30, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(scenario.runDueJobs(application)).isEqualTo(reviewers.size() + 1);
        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECIDE)
                .variables().containsEntry("reviewCount", 3);
    }

    @Test
    void acknowledgesTheSubmissionAtOnceAndChecksEligibilityInAJob() {
        Screened application = scenario.applicant("app.kimura").onlySubmitsAnApplication();

        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS);
        assertThat(application.assignments()).isEmpty();

        scenario.runsTheScreeningJob(application);

        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.assignments()).hasSize(3);
        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECLARE_CONFLICT);

        // the applicant withdraws, so that no review timers are left for the later tests on this engine
        application.applicant().withdraws(application, "Submitted to check the acknowledgement only.");
        BpmnAwareTests.assertThat(application.processInstance()).isEnded();
    }

    @Test
    void withdrawsADraftThatHasNoProcess() {
        ScreeningScenario.Applicant applicant = scenario.applicant("app.mori");
        Application draft = applications.createDraft(applicant.account().id(), Actor.user("app.mori"),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent("Only an idea", null, null, null, null, null, null));

        Application withdrawn = screening.withdraw(draft.getId(), applicant.account().id(), Actor.user("app.mori"),
                "Not ready this year.");

        assertThat(withdrawn.getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(draft.getId().value())).count()).isZero();
    }

    @Test
    void marksAnApplicationFromANonMemberInstitutionIneligibleAndTellsTheApplicant() {
        Screened application = scenario.applicant("app.shimizu").submitsAnApplication();

        BpmnAwareTests.assertThat(application.processInstance())
                .hasPassed(SERVICE_TASK_REJECT_INELIGIBLE, END_EVENT_INELIGIBLE)
                .hasNotPassed(SERVICE_TASK_ASSIGN_REVIEWERS)
                .isEnded();
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(application.application().getStatusHistory()).last().extracting(StatusChange::note)
                .isEqualTo("INSTITUTION_NOT_PARTICIPATING");
        assertThat(application.notificationsTo("app.shimizu")).containsExactly(NotificationKind.APPLICATION_INELIGIBLE);
        assertThat(scenario.mailsTo("app.shimizu")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("INSTITUTION_NOT_PARTICIPATING"));
        assertThat(application.assignments()).isEmpty();
    }

    @Test
    void adoptsAnApplicationAfterThreeReviewsAndKeepsTheAuditTrailInOrder() {
        Screened application = scenario.applicant("app.mori").submitsAnApplication();

        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECLARE_CONFLICT);
        List<Reviewer> reviewers = application.currentReviewers();
        assertThat(reviewers).hasSize(3);
        assertThat(reviewers).extracting(r -> r.account().institutionCode()).doesNotContain("sendai-kosen");
        reviewers.forEach(r -> assertThat(application.notificationsTo(r.username()))
                .containsExactly(NotificationKind.REVIEW_ASSIGNED));
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);

        application.isReviewedBy(4);

        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(SERVICE_TASK_COMPUTE_SCORES)
                .isWaitingAt(USER_TASK_DECIDE)
                .variables().containsEntry("weightedMeanScore", 4.0).containsEntry("reviewCount", 3);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(application.application().getWeightedMeanScore()).isEqualByComparingTo(new BigDecimal("4"));

        scenario.pm("pm.sato").decides(application, DecisionOutcome.ADOPT, "Strong team and a real market.");

        // after adoption the team waits for its mentor in the called mentor-assignment process
        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(SERVICE_TASK_NOTIFY_ADOPTION)
                .isWaitingAt(CALL_ACTIVITY_MENTOR_ASSIGNMENT);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.ADOPTED);
        assertThat(application.notificationsTo("app.mori")).containsExactly(NotificationKind.APPLICATION_ADOPTED);
        assertThat(scenario.mailsTo("app.mori")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Strong team and a real market."));
        assertThat(application.auditTrail()).containsExactly(
                "APPLICATION_DRAFTED", "APPLICATION_SUBMITTED", "ELIGIBILITY_DECIDED", "REVIEWERS_ASSIGNED",
                "NO_CONFLICT_DECLARED", "REVIEW_SUBMITTED",
                "NO_CONFLICT_DECLARED", "REVIEW_SUBMITTED",
                "NO_CONFLICT_DECLARED", "REVIEW_SUBMITTED",
                "DECISION_MADE");
    }

    @Test
    void rejectsAnApplicationAndTellsTheApplicantWhy() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication().isReviewedBy(2);

        scenario.pm("pm.suzuki").decides(application, DecisionOutcome.REJECT, "The plan lacks a customer.");

        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(END_EVENT_REJECTED)
                .hasNotPassed(END_EVENT_ADOPTED).isEnded();
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.notificationsTo("app.kimura")).containsExactly(NotificationKind.APPLICATION_REJECTED);
        assertThat(scenario.mailsTo("app.kimura")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("The plan lacks a customer."));
    }

    @Test
    void reassignsTheSlotWhenAReviewerDeclaresAConflict() {
        Screened application = scenario.applicant("app.mori").submitsAnApplication();
        List<ReviewAssignment> before = application.openAssignments();
        Reviewer conflicted = application.reviewerOfSlot(1);

        conflicted.declaresConflictOn(application, "Co-author of the applicant's last paper.");

        ReviewAssignment replacement = application.openAssignmentOfSlot(1);
        UserAccount next = users.require(replacement.reviewerId());
        assertThat(next.id()).isNotEqualTo(conflicted.account().id());
        assertThat(next.institutionCode()).isNotEqualTo("sendai-kosen");
        assertThat(before).extracting(ReviewAssignment::reviewerId).doesNotContain(next.id());
        assertThat(application.assignments()).filteredOn(a -> a.id().equals(before.get(0).id()))
                .extracting(ReviewAssignment::state).containsExactly(AssignmentState.CONFLICT_DECLARED);
        assertThat(conflicted.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
        assertThat(application.notificationsTo(next.username())).containsExactly(NotificationKind.REVIEW_ASSIGNED);
        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(SERVICE_TASK_REASSIGN_AFTER_CONFLICT)
                .isWaitingAt(USER_TASK_DECLARE_CONFLICT);

        // the reassignment changed only its own slot's element variable: every task still matches its assignment
        assertThat(application.openAssignments()).extracting(ReviewAssignment::id)
                .containsExactly(replacement.id(), before.get(1).id(), before.get(2).id());
        application.currentReviewers().forEach(r -> assertThat(
                r.openTask(application, TaskKind.DECLARE_CONFLICT).reviewAssignmentId())
                .isEqualTo(application.openAssignments().stream().filter(a -> a.reviewerId().equals(r.account().id()))
                        .findFirst().orElseThrow().id()));
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(application.processInstanceId())
                .variableName("reviewAssignmentId").list()).hasSize(3);

        application.isReviewedBy(3);
        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECIDE)
                .variables().containsEntry("reviewCount", 3);
    }

    @Test
    void leavesTheSlotUnfilledWhenNoEligibleReviewerIsLeftAndStillReachesTheDecision() {
        Screened application = scenario.applicant("app.mori").submitsAnApplication();
        Set<Long> heldSlotOne = new HashSet<>();

        for (int declared = 0; application.openAssignments().stream().anyMatch(a -> a.slot() == 1); declared++) {
            assertThat(declared).as("conflicts declared on slot 1").isLessThan(20);
            Reviewer current = application.reviewerOfSlot(1);
            assertThat(heldSlotOne.add(current.account().id().value())).as("a conflicted reviewer comes back").isTrue();
            current.declaresConflictOn(application, "Advises the applicant's lab.");
        }

        // 12 demo reviewers, minus the applicant's institution, minus the two other slots
        assertThat(heldSlotOne).hasSize(9);
        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(END_EVENT_SLOT_UNFILLED);
        assertThat(application.auditTrail()).contains("REVIEW_SLOT_UNFILLED");

        application.isReviewedBy(5);

        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECIDE)
                .variables().containsEntry("reviewCount", 2);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    }

    @Test
    void remindsReviewersBeforeTheDueDateWithoutTakingTheirTaskAway() {
        Screened application = scenario.applicant("app.inoue").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        scenario.forgetMails();

        scenario.timePasses(Duration.ofDays(11).plusMinutes(1));
        assertThat(scenario.runDueJobs(application)).isEqualTo(3);

        BpmnAwareTests.assertThat(application.processInstance())
                .hasPassed(SERVICE_TASK_SEND_REVIEW_REMINDER, END_EVENT_REMINDER_SENT)
                .isWaitingAt(USER_TASK_DECLARE_CONFLICT);
        for (Reviewer reviewer : reviewers) {
            assertThat(reviewer.hasTask(application, TaskKind.DECLARE_CONFLICT)).isTrue();
            assertThat(application.notificationsTo(reviewer.username()))
                    .containsExactly(NotificationKind.REVIEW_ASSIGNED, NotificationKind.REVIEW_REMINDER);
            assertThat(scenario.mailsTo(reviewer.username())).hasSize(1);
        }
        assertThat(application.openAssignments()).extracting(ReviewAssignment::remindersSent).containsOnly(1);
    }

    @Test
    void reassignsAnOverdueReviewToTheNextReviewer() {
        Screened application = scenario.applicant("app.hayashi").submitsAnApplication();
        Reviewer late = application.reviewerOfSlot(1);
        ReviewAssignment lateAssignment = application.openAssignmentOfSlot(1);
        application.reviewerOfSlot(2).declaresNoConflictOn(application).scores(application, 4);
        application.reviewerOfSlot(3).declaresNoConflictOn(application).scores(application, 4);

        scenario.timePasses(Duration.ofDays(14).plusMinutes(1));
        scenario.runDueJobs(application);

        assertThat(application.assignments()).filteredOn(a -> a.id().equals(lateAssignment.id()))
                .extracting(ReviewAssignment::state).containsExactly(AssignmentState.OVERDUE);
        Reviewer next = application.reviewerOfSlot(1);
        assertThat(next.username()).isNotEqualTo(late.username());
        assertThat(next.hasTask(application, TaskKind.DECLARE_CONFLICT)).isTrue();
        assertThat(late.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
        assertThat(application.notificationsTo(late.username())).containsExactly(NotificationKind.REVIEW_ASSIGNED,
                NotificationKind.REVIEW_REMINDER, NotificationKind.REVIEW_REASSIGNED_OVERDUE);
        assertThat(application.notificationsTo(next.username())).containsExactly(NotificationKind.REVIEW_ASSIGNED);
        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(SERVICE_TASK_REASSIGN_OVERDUE_REVIEW)
                .isWaitingAt(USER_TASK_DECLARE_CONFLICT);

        next.declaresNoConflictOn(application).scores(application, 3);
        scenario.runDueJobs(application);

        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECIDE)
                .variables().containsEntry("reviewCount", 3);
    }

    @Test
    void startsANewReviewRoundWhenTheApplicantResubmitsARevision() {
        Screened application = scenario.applicant("app.abe").submitsAnApplication();
        Set<String> firstRound = application.currentReviewers().stream().map(Reviewer::username)
                .collect(Collectors.toSet());
        application.isReviewedBy(3);
        scenario.pm("pm.sato").decides(application, DecisionOutcome.REQUEST_REVISION, "Please add a budget plan.");

        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(RECEIVE_TASK_AWAIT_RESUBMISSION);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.REVISION_REQUESTED);
        assertThat(application.notificationsTo("app.abe")).containsExactly(NotificationKind.REVISION_REQUESTED);

        application.applicant().revisesAndResubmits(application, "Soft robotic gripper, with a budget plan");

        assertThat(application.application().getReviewRound()).isEqualTo(2);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.openAssignments()).hasSize(3).allMatch(a -> a.reviewRound() == 2);
        // reviewers of the first round judge a revision best and come first
        assertThat(application.currentReviewers()).extracting(Reviewer::username)
                .containsExactlyInAnyOrderElementsOf(firstRound);
        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(USER_TASK_DECLARE_CONFLICT);

        application.isReviewedBy(5);
        scenario.pm("pm.sato").decides(application, DecisionOutcome.ADOPT, "The revision convinces.");

        BpmnAwareTests.assertThat(application.processInstance()).isWaitingAt(CALL_ACTIVITY_MENTOR_ASSIGNMENT);
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.ADOPTED);
        assertThat(application.auditTrail()).containsSubsequence("APPLICATION_SUBMITTED", "DECISION_MADE",
                "APPLICATION_RESUBMITTED", "REVIEWERS_ASSIGNED", "DECISION_MADE");
    }

    @Test
    void withdrawalDuringTheReviewCancelsTheOpenReviews() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        reviewers.get(0).declaresNoConflictOn(application);

        application.applicant().withdraws(application, "We found a private investor.");

        BpmnAwareTests.assertThat(application.processInstance())
                .hasPassed(SERVICE_TASK_RECORD_WITHDRAWAL, END_EVENT_WITHDRAWN)
                .isEnded();
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.assignments()).extracting(ReviewAssignment::state)
                .containsOnly(AssignmentState.CANCELLED);
        reviewers.forEach(r -> {
            assertThat(r.hasTask(application, TaskKind.DECLARE_CONFLICT)).isFalse();
            assertThat(r.hasTask(application, TaskKind.SCORE_APPLICATION)).isFalse();
        });
        assertThat(management.createJobQuery().processInstanceId(application.processInstanceId()).count()).isZero();
        assertThat(application.notificationsTo("app.kimura")).containsExactly(NotificationKind.APPLICATION_WITHDRAWN);
    }

    @Test
    void withdrawsEvenWhenTheEligibilityCheckChangesTheScreeningAtTheSameMoment() throws Exception {
        Screened application = scenario.applicant("app.kimura").onlySubmitsAnApplication();
        CountDownLatch checkRan = new CountDownLatch(1);
        CountDownLatch commitCheck = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the eligibility check runs as a node's job executor would, its transaction held open until the
            // withdrawal, which read the application before the check's commit, waits for the check's rows
            Future<?> check = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                scenario.runsTheScreeningJob(application);
                checkRan.countDown();
                awaitUninterruptibly(commitCheck);
            }));
            assertThat(checkRan.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Application> withdrawal = pool.submit(() -> screening.withdraw(application.id(),
                    application.applicant().account().id(), Actor.user("app.kimura"), "Funding found elsewhere."));
            awaitASessionWaitingForAnother();
            commitCheck.countDown();
            check.get(30, TimeUnit.SECONDS);

            // the first attempt lost the race and rolled back; the next one withdrew from the state the check left
            assertThat(withdrawal.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        } finally {
            commitCheck.countDown();
            pool.shutdownNow();
        }

        BpmnAwareTests.assertThat(application.processInstance())
                .hasPassed(SERVICE_TASK_ASSIGN_REVIEWERS, SERVICE_TASK_RECORD_WITHDRAWAL, END_EVENT_WITHDRAWN)
                .isEnded();
        assertThat(application.assignments()).hasSize(3).extracting(ReviewAssignment::state)
                .containsOnly(AssignmentState.CANCELLED);
        assertThat(application.auditTrail()).containsExactly("APPLICATION_DRAFTED", "APPLICATION_SUBMITTED",
                "ELIGIBILITY_DECIDED", "REVIEWERS_ASSIGNED", "APPLICATION_WITHDRAWN");
        assertThat(application.notificationsTo("app.kimura")).containsExactly(NotificationKind.APPLICATION_WITHDRAWN);
        assertThat(management.createJobQuery().processInstanceId(application.processInstanceId()).count()).isZero();
    }

    private void awaitASessionWaitingForAnother() {
        await("the withdrawal waiting for the eligibility check's rows").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.queryForObject(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL", Integer.class),
                        waiting -> waiting != null && waiting > 0);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void withdrawalWhileWaitingForTheResubmissionEndsTheScreening() {
        Screened application = scenario.applicant("app.inoue").submitsAnApplication().isReviewedBy(2);
        scenario.pm("pm.suzuki").decides(application, DecisionOutcome.REQUEST_REVISION, "Clarify the IP position.");

        application.applicant().withdraws(application, "The IP belongs to a partner company.");

        BpmnAwareTests.assertThat(application.processInstance()).hasPassed(RECEIVE_TASK_AWAIT_RESUBMISSION)
                .hasPassed(END_EVENT_WITHDRAWN).isEnded();
        assertThat(application.application().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.notificationsTo("app.inoue"))
                .containsExactly(NotificationKind.REVISION_REQUESTED, NotificationKind.APPLICATION_WITHDRAWN);
    }
}
