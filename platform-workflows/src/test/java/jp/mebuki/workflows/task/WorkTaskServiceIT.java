package jp.mebuki.workflows.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.ScreeningScenario;
import jp.mebuki.workflows.ScreeningScenario.Reviewer;
import jp.mebuki.workflows.ScreeningScenario.Screened;

/** The task inbox: who sees what, in which order, and that refused input changes nothing. */
@SpringBootTest
class WorkTaskServiceIT {

    @Autowired
    ScreeningScenario scenario;
    @Autowired
    WorkTaskService inbox;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDirectory users;

    @BeforeEach
    void startFresh() {
        scenario.reset();
    }

    @Test
    void showsAReviewerTheirTasksWithTheApplicationAndTheAssignment() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        ReviewAssignment assignment = application.openAssignmentOfSlot(1);
        Reviewer reviewer = application.reviewerOfSlot(1);

        WorkTask task = reviewer.openTask(application, TaskKind.DECLARE_CONFLICT);

        assertThat(task.applicationId()).isEqualTo(application.id());
        assertThat(task.reviewAssignmentId()).isEqualTo(assignment.id());
        assertThat(task.dueAt()).isEqualTo(assignment.dueAt());
        assertThat(task.createdAt()).isNotNull();
        assertThat(task.name()).isEqualTo("Declare conflict of interest");
        assertThat(inbox.requireOpenTaskOf(task.id(), reviewer.account())).isEqualTo(task);
    }

    @Test
    void offersTheDecisionToEveryPmAndToNobodyElse() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication();
        List<Reviewer> reviewers = application.currentReviewers();
        application.isReviewedBy(4);

        for (String pm : List.of("pm.sato", "pm.suzuki")) {
            assertThat(inbox.openTasksOf(scenario.user(pm)))
                    .filteredOn(t -> t.applicationId().equals(application.id()))
                    .singleElement().satisfies(t -> {
                        assertThat(t.kind()).isEqualTo(TaskKind.DECIDE);
                        assertThat(t.reviewAssignmentId()).isNull();
                    });
        }
        reviewers.forEach(r -> assertThat(r.inbox()).noneMatch(t -> t.applicationId().equals(application.id())));
        assertThat(inbox.openTasksOf(scenario.user("app.kimura"))).isEmpty();
    }

    @Test
    void listsTheEarliestDueTasksFirst() {
        List<Screened> applications = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            applications.add(scenario.applicant("app.mori").submitsAnApplication());
            scenario.timePasses(Duration.ofDays(1));
        }

        boolean someoneHasSeveral = false;
        for (UserAccount reviewer : users.withRole(Role.REVIEWER)) {
            List<WorkTask> tasks = inbox.openTasksOf(reviewer);
            assertThat(tasks).isSortedAccordingTo(Comparator.comparing(WorkTask::dueAt));
            someoneHasSeveral |= tasks.stream().map(WorkTask::dueAt).distinct().count() > 1;
        }
        // 15 slots over 11 eligible reviewers: someone holds tasks with different due dates
        assertThat(someoneHasSeveral).isTrue();
        assertThat(applications).hasSize(5);
    }

    @Test
    void hidesAnotherReviewersTask() {
        Screened application = scenario.applicant("app.inoue").submitsAnApplication();
        Reviewer owner = application.reviewerOfSlot(1);
        Reviewer other = application.reviewerOfSlot(2);
        WorkTask task = owner.openTask(application, TaskKind.DECLARE_CONFLICT);

        assertThatThrownBy(() -> inbox.requireOpenTaskOf(task.id(), other.account()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.declareConflict(task.id(), other.account(), false, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.requireOpenTaskOf("no-such-task", owner.account()))
                .isInstanceOf(NotFoundException.class);
        assertThat(inbox.requireOpenTaskOf(task.id(), owner.account())).isEqualTo(task);
        assertThat(application.openAssignmentOfSlot(1).state()).isEqualTo(AssignmentState.ASSIGNED);
    }

    @Test
    void refusesAnOperationOfTheWrongTaskKind() {
        Screened application = scenario.applicant("app.inoue").submitsAnApplication();
        Reviewer reviewer = application.reviewerOfSlot(1);
        WorkTask task = reviewer.openTask(application, TaskKind.DECLARE_CONFLICT);

        assertThatThrownBy(() -> inbox.submitReview(task.id(), reviewer.account(), ScreeningScenario.scoresOf(4),
                "fine", Recommendation.ADOPT))
                .isInstanceOf(ConflictingStateException.class).extracting("code").isEqualTo("wrong-task-kind");
        assertThat(reviewer.openTask(application, TaskKind.DECLARE_CONFLICT)).isEqualTo(task);
    }

    @Test
    void leavesEverythingUnchangedWhenAReviewIsInvalid() {
        Screened application = scenario.applicant("app.hayashi").submitsAnApplication();
        Reviewer reviewer = application.reviewerOfSlot(1).declaresNoConflictOn(application);
        WorkTask task = reviewer.openTask(application, TaskKind.SCORE_APPLICATION);
        List<String> trail = application.auditTrail();
        Map<String, Integer> outOfRange = new HashMap<>(ScreeningScenario.scoresOf(4));
        outOfRange.put("TECHNOLOGY", 9);

        assertThatThrownBy(() -> inbox.submitReview(task.id(), reviewer.account(), outOfRange, "Great.",
                Recommendation.ADOPT))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("scores.TECHNOLOGY");
        assertThatThrownBy(() -> inbox.submitReview(task.id(), reviewer.account(), ScreeningScenario.scoresOf(4),
                " ", Recommendation.ADOPT))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("comment");

        assertThat(reviewer.openTask(application, TaskKind.SCORE_APPLICATION)).isEqualTo(task);
        assertThat(application.openAssignmentOfSlot(1).state()).isEqualTo(AssignmentState.ACCEPTED);
        assertThat(application.auditTrail()).isEqualTo(trail);
        assertThat(reviews.reviewsOf(application.id())).isEmpty();
    }

    @Test
    void leavesEverythingUnchangedWhenAConflictComesWithoutAReason() {
        Screened application = scenario.applicant("app.hayashi").submitsAnApplication();
        Reviewer reviewer = application.reviewerOfSlot(2);
        WorkTask task = reviewer.openTask(application, TaskKind.DECLARE_CONFLICT);
        List<String> trail = application.auditTrail();

        assertThatThrownBy(() -> inbox.declareConflict(task.id(), reviewer.account(), true, "  "))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");

        assertThat(reviewer.openTask(application, TaskKind.DECLARE_CONFLICT)).isEqualTo(task);
        assertThat(application.openAssignmentOfSlot(2).state()).isEqualTo(AssignmentState.ASSIGNED);
        assertThat(application.auditTrail()).isEqualTo(trail);
        assertThat(reviews.conflictsOf(application.id())).isEmpty();
    }

    @Test
    void leavesTheDecisionTaskOpenWhenTheDecisionHasNoReason() {
        Screened application = scenario.applicant("app.kimura").submitsAnApplication().isReviewedBy(3);
        UserAccount pm = scenario.user("pm.sato");
        WorkTask task = inbox.openTasksOf(pm).stream().filter(t -> t.applicationId().equals(application.id()))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> inbox.decide(task.id(), pm, DecisionOutcome.ADOPT, ""))
                .isInstanceOf(InvalidInputException.class);

        assertThat(inbox.requireOpenTaskOf(task.id(), pm)).isEqualTo(task);
        assertThat(application.application().getStatus())
                .isEqualTo(ApplicationStatus.AWAITING_DECISION);
    }
}
