package jp.mebuki.web.ui;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Moves applications through the screening where a browser test needs one further along, through
 * the same services and facades the pages use (never around them). Built from the test's beans.
 */
final class Screening {

    static final Map<String, Integer> GOOD_SCORES = Map.of("TECHNOLOGY", 4, "MARKET", 3, "TEAM", 4, "PLAN", 3,
            "IMPACT", 5);

    private final ApplicationService applications;
    private final ScreeningProcessService screening;
    private final WorkTaskService tasks;
    private final ReviewService reviews;
    private final UserDirectory users;
    private final CallCatalog calls;

    Screening(ApplicationService applications, ScreeningProcessService screening, WorkTaskService tasks,
            ReviewService reviews, UserDirectory users, CallCatalog calls) {
        this.applications = applications;
        this.screening = screening;
        this.tasks = tasks;
        this.reviews = reviews;
        this.users = users;
        this.calls = calls;
    }

    long openCallId() {
        return calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id().value();
    }

    /** A complete application of the applicant, submitted and through the eligibility check (usually under review). */
    long submitted(String applicant, String title) {
        UserAccount owner = users.requireByUsername(applicant);
        Application draft = applications.createDraft(owner.id(), Actor.user(applicant),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent(title, "A gripper that handles fish gently.", "ROBOTICS_DRONES",
                        GrowthStage.SEED, 3_000_000L, owner.institutionCode(),
                        List.of(new TeamMember("Mori Kaito", "lead", "Sendai College"))));
        screening.submit(draft.getId(), owner.id(), Actor.user(applicant));
        awaitScreened(draft.getId().value());
        return draft.getId().value();
    }

    /** Waits for the job executor to run the screening's eligibility check after a submit. */
    void awaitScreened(long application) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> applications.require(new ApplicationId(application)).getStatus()
                        != ApplicationStatus.SUBMITTED);
    }

    /** Usernames of the reviewers holding an open assignment on the application. */
    Set<String> reviewersOf(long application) {
        return reviews.assignmentsOf(new ApplicationId(application)).stream().filter(a -> a.state().isOpen())
                .map(ReviewAssignment::reviewerId).map(users::require).map(UserAccount::username)
                .collect(Collectors.toSet());
    }

    /** Every assigned reviewer declares no conflict and scores; waits until the PM's decision is due. */
    void reviewCompletely(long application) {
        for (String reviewer : reviewersOf(application)) {
            UserAccount account = users.requireByUsername(reviewer);
            tasks.declareConflict(taskOf(account, application, TaskKind.DECLARE_CONFLICT).id(), account, false, null);
            WorkTask score = await().atMost(Duration.ofSeconds(30))
                    .until(() -> findTask(account, application, TaskKind.SCORE_APPLICATION), t -> t != null);
            tasks.submitReview(score.id(), account, GOOD_SCORES, "Convincing prototype.", Recommendation.ADOPT);
        }
        awaitStatus(application, ApplicationStatus.AWAITING_DECISION);
    }

    void decide(long application, String pm, DecisionOutcome outcome, String reason) {
        UserAccount account = users.requireByUsername(pm);
        tasks.decide(decideTask(application, pm).id(), account, outcome, reason);
    }

    WorkTask decideTask(long application, String pm) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> findTask(users.requireByUsername(pm), application, TaskKind.DECIDE), t -> t != null);
    }

    WorkTask taskOf(UserAccount user, long application, TaskKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> findTask(user, application, kind), t -> t != null);
    }

    void awaitStatus(long application, ApplicationStatus status) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> applications.require(new ApplicationId(application)).getStatus() == status);
    }

    ApplicationStatus status(long application) {
        return applications.require(new ApplicationId(application)).getStatus();
    }

    private WorkTask findTask(UserAccount user, long application, TaskKind kind) {
        return tasks.openTasksOf(user).stream()
                .filter(t -> t.kind() == kind && t.applicationId().value() == application).findFirst().orElse(null);
    }
}
