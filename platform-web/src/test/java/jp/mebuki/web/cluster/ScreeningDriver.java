package jp.mebuki.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Drives many screenings on a node through the same facades the REST controllers call (in process, to
 * spend the time on the platform rather than on HTTP): applicants submit, reviewers clear their inboxes,
 * the PM decides (even application ids adopted, odd ones rejected).
 */
public final class ScreeningDriver {

    public static final List<String> APPLICANTS = List.of("app.abe", "app.inoue", "app.kimura", "app.hayashi", "app.mori");
    static final String PM = "pm.sato";

    private ScreeningDriver() {
    }

    public static ApplicationId submit(ClusterNode node, String applicant, String title) {
        UserAccount account = node.bean(UserDirectory.class).requireByUsername(applicant);
        CallId call = node.bean(CallCatalog.class).findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();
        Actor actor = Actor.user(applicant);
        ApplicationContent content = new ApplicationContent(title,
                "Field trial of a sensor network in the Sanriku fisheries.", "ROBOTICS_DRONES", GrowthStage.SEED,
                2_000_000L, account.institutionCode(), List.of(new TeamMember(account.displayName(), "lead",
                        account.institutionCode())));
        Application draft = node.bean(ApplicationService.class).createDraft(account.id(), actor, call, content);
        Application submitted = node.bean(ScreeningProcessService.class).submit(draft.getId(), account.id(), actor);
        assertThat(submitted.getStatus()).as("acknowledged; eligibility follows in a job").isEqualTo(ApplicationStatus.SUBMITTED);
        return draft.getId();
    }

    /** Waits until the job executors have run every eligibility check (the job after each submit). */
    public static void awaitEligibilityChecks(ClusterNode node, Duration atMost) {
        ManagementService management = node.bean(ManagementService.class);
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> management.createJobQuery()
                .activityId(GapFundScreeningProcess.Elements.SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS).count() == 0);
    }

    /** Every reviewer declares no conflict on each of their tasks, then scores each. */
    public static void reviewEverything(ClusterNode node) {
        WorkTaskService inbox = node.bean(WorkTaskService.class);
        for (UserAccount reviewer : node.bean(UserDirectory.class).withRole(Role.REVIEWER)) {
            for (WorkTask task : inbox.openTasksOf(reviewer)) {
                if (task.kind() == TaskKind.DECLARE_CONFLICT) {
                    inbox.declareConflict(task.id(), reviewer, false, null);
                }
            }
            for (WorkTask task : inbox.openTasksOf(reviewer)) {
                if (task.kind() == TaskKind.SCORE_APPLICATION) {
                    int score = 2 + (int) (task.applicationId().value() % 3);
                    inbox.submitReview(task.id(), reviewer, Map.of("TECHNOLOGY", score, "MARKET", score, "TEAM", score,
                            "PLAN", score, "IMPACT", score), "Scored by the test driver.", Recommendation.ADOPT);
                }
            }
        }
    }

    public static List<WorkTask> decideTasks(ClusterNode node) {
        UserAccount pm = node.bean(UserDirectory.class).requireByUsername(PM);
        return node.bean(WorkTaskService.class).openTasksOf(pm).stream().filter(t -> t.kind() == TaskKind.DECIDE)
                .toList();
    }

    public static void decideEverything(ClusterNode node) {
        UserAccount pm = node.bean(UserDirectory.class).requireByUsername(PM);
        WorkTaskService inbox = node.bean(WorkTaskService.class);
        // rejections end the screening here; an adoption would go on into the mentor-assignment call
        // activity, whose own process is covered by the mentoring scenarios
        for (WorkTask task : decideTasks(node)) {
            inbox.decide(task.id(), pm, DecisionOutcome.REJECT, "The market case is not yet convincing.");
        }
    }
}
