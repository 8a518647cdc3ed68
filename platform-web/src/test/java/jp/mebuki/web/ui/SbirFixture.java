package jp.mebuki.web.ui;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.SbirDemoData;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.sbir.Milestone;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirCatalog;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.GateReviewStatus;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.sbir.SbirProcessService;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Brings SBIR projects to the point a page test needs, through the same services and facades the
 * pages and the API use: an adopted application on the demo SBIR call, the Phase 1 award, the final
 * report, the gate reviewers' scores.
 */
final class SbirFixture {

    static final String PM = "pm.sato";
    static final long PHASE_1_BUDGET = 20_000_000L;
    private static final Map<String, Integer> SELECTION_SCORES = Map.of("TECHNOLOGY", 4, "POLICY_FIT", 4,
            "COMMERCIALIZATION", 4);

    private final Screening screening;
    private final ScreeningProcessService screeningProcess;
    private final ApplicationService applications;
    private final CallCatalog calls;
    private final SbirCatalog catalog;
    private final SbirProcessService lifecycle;
    private final SbirProjectService projects;
    private final StageGateService gates;
    private final WorkTaskService tasks;
    private final UserDirectory users;
    private final Clock clock;

    private SbirFixture(ApplicationContext beans) {
        this.applications = beans.getBean(ApplicationService.class);
        this.screeningProcess = beans.getBean(ScreeningProcessService.class);
        this.tasks = beans.getBean(WorkTaskService.class);
        this.users = beans.getBean(UserDirectory.class);
        this.calls = beans.getBean(CallCatalog.class);
        this.screening = new Screening(applications, screeningProcess, tasks, beans.getBean(ReviewService.class),
                users, calls);
        this.catalog = beans.getBean(SbirCatalog.class);
        this.lifecycle = beans.getBean(SbirProcessService.class);
        this.projects = beans.getBean(SbirProjectService.class);
        this.gates = beans.getBean(StageGateService.class);
        this.clock = beans.getBean(Clock.class);
    }

    /** Built from the test's application context (its services, facades and clock). */
    static SbirFixture of(ApplicationContext beans) {
        return new SbirFixture(beans);
    }

    /** An application of the awardee on the demo SBIR call, screened and adopted, awarded Phase 1 (¥20M, 300 days). */
    long awardedProject(String awardee, String title) {
        UserAccount owner = users.requireByUsername(awardee);
        Application draft = applications.createDraft(owner.id(), Actor.user(awardee),
                calls.findCallByCode(SbirDemoData.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent(title, "Autonomous drones that map collapsed buildings.", "ROBOTICS_DRONES",
                        GrowthStage.EARLY, PHASE_1_BUDGET, owner.institutionCode(),
                        List.of(new TeamMember(owner.displayName(), "lead", owner.institutionCode()))));
        long application = draft.getId().value();
        screeningProcess.submit(draft.getId(), owner.id(), Actor.user(awardee));
        screening.awaitScreened(application);
        for (String reviewer : screening.reviewersOf(application)) {
            UserAccount account = users.requireByUsername(reviewer);
            tasks.declareConflict(screening.taskOf(account, application, TaskKind.DECLARE_CONFLICT).id(), account,
                    false, null);
            tasks.submitReview(screening.taskOf(account, application, TaskKind.SCORE_APPLICATION).id(), account,
                    SELECTION_SCORES, "Fits the theme.", Recommendation.ADOPT);
        }
        screening.awaitStatus(application, ApplicationStatus.AWAITING_DECISION);
        screening.decide(application, PM, DecisionOutcome.ADOPT, "Fits the theme.");
        SbirProject project = lifecycle.award(Actor.user(PM), new ApplicationId(application),
                catalog.findThemeByCode(SbirDemoData.DRONE_THEME).orElseThrow().id(), PHASE_1_BUDGET,
                clock.instant().plus(Duration.ofDays(300)),
                List.of(new Milestone(SbirPhase.PHASE_1, "First flight in a collapsed building",
                        clock.instant().plus(Duration.ofDays(150)))));
        return project.getId().value();
    }

    void report(long project, String awardee) {
        UserAccount owner = users.requireByUsername(awardee);
        lifecycle.submitReport(new ProjectId(project), owner.id(), Actor.user(awardee), "Mapped three sites.",
                "Two fire departments want to trial it.", 18_000_000L);
    }

    /** Every gate reviewer of the project's open gate scores; returns when the PM's decision is due. */
    void gateReviewedWith(long project, int technical, int business) {
        long application = projects.require(new ProjectId(project)).getApplicationId().value();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (UserAccount reviewer : users.withRole(Role.REVIEWER)) {
                for (WorkTask task : tasks.openTasksOf(reviewer)) {
                    if (task.kind() == TaskKind.REVIEW_GATE && task.applicationId().value() == application) {
                        tasks.scoreGate(task.id(), reviewer, Map.of("TECHNICAL_RESULTS", technical,
                                "TECHNICAL_FEASIBILITY", technical, "MARKET_POTENTIAL", business,
                                "PROCUREMENT_FIT", business), "Read the report.");
                    }
                }
            }
            return gateDecisionTask(project) != null;
        });
    }

    /** A gate reviewer's open REVIEW_GATE task on the project, once the slots are open. */
    WorkTask gateReviewTask(long project) {
        long application = projects.require(new ProjectId(project)).getApplicationId().value();
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> users
                .withRole(Role.REVIEWER).stream().flatMap(r -> tasks.openTasksOf(r).stream())
                .filter(t -> t.kind() == TaskKind.REVIEW_GATE && t.applicationId().value() == application)
                .findFirst().orElse(null), t -> t != null);
    }

    /** The username of the reviewer holding an open gate-review slot on the project. */
    String reviewerOf(WorkTask gateTask) {
        return users.withRole(Role.REVIEWER).stream()
                .filter(r -> tasks.openTasksOf(r).stream().anyMatch(t -> t.id().equals(gateTask.id())))
                .map(UserAccount::username).findFirst().orElseThrow();
    }

    /** Some reviewer other than the given one. */
    String reviewerOtherThan(String reviewer) {
        return users.withRole(Role.REVIEWER).stream().map(UserAccount::username).filter(u -> !u.equals(reviewer))
                .findFirst().orElseThrow();
    }

    WorkTask gateDecisionTask(long project) {
        long application = projects.require(new ProjectId(project)).getApplicationId().value();
        return tasks.openTasksOf(users.requireByUsername(PM)).stream()
                .filter(t -> t.kind() == TaskKind.CONFIRM_GATE_DECISION && t.applicationId().value() == application)
                .findFirst().orElse(null);
    }

    SbirProject project(long project) {
        return projects.require(new ProjectId(project));
    }

    GateReview latestGate(long project) {
        List<GateReview> all = gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, project);
        return all.get(all.size() - 1);
    }

    boolean gateDecided(long project) {
        return latestGate(project).status() == GateReviewStatus.DECIDED;
    }
}
