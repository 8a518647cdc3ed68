package jp.mebuki.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.SbirDemoData;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.sbir.Milestone;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirCatalog;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.stagegate.GateAssignment;
import jp.mebuki.core.stagegate.GateAssignmentState;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.sbir.SbirProcessService;
import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Drives SBIR projects through the same facades the web layer calls: an application to the demo SBIR
 * call is screened and adopted, the PM awards Phase 1, the awardee reports, gate reviewers score and
 * the PM confirms; time passes and due jobs run.
 */
@Component
public class SbirScenario {

    public static final String PM = "pm.sato";
    public static final List<String> TECHNICAL = List.of("TECHNICAL_RESULTS", "TECHNICAL_FEASIBILITY");
    public static final List<String> BUSINESS = List.of("MARKET_POTENTIAL", "PROCUREMENT_FIT");

    final ApplicationService applications;
    final ScreeningProcessService screening;
    final WorkTaskService inbox;
    final ReviewService reviews;
    final SbirProcessService sbir;
    final SbirProjectService projects;
    final SbirCatalog catalog;
    final StageGateService gates;
    final UserDirectory users;
    final CallCatalog calls;
    final AuditLog audit;
    final HistoryService history;
    final ManagementService management;
    final TestClock clock;

    SbirScenario(ApplicationService applications, ScreeningProcessService screening, WorkTaskService inbox,
            ReviewService reviews, SbirProcessService sbir, SbirProjectService projects, SbirCatalog catalog,
            StageGateService gates, UserDirectory users, CallCatalog calls, AuditLog audit, HistoryService history,
            ManagementService management, TestClock clock) {
        this.applications = applications;
        this.screening = screening;
        this.inbox = inbox;
        this.reviews = reviews;
        this.sbir = sbir;
        this.projects = projects;
        this.catalog = catalog;
        this.gates = gates;
        this.users = users;
        this.calls = calls;
        this.audit = audit;
        this.history = history;
        this.management = management;
        this.clock = clock;
    }

    public void reset() {
        clock.setTo(WorkflowsTestApplication.START);
    }

    public UserAccount user(String username) {
        return users.requireByUsername(username);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Screens an application of the awardee on the given theme of the demo SBIR call and adopts it. */
    public Application adoptedApplication(String applicant, String title) {
        UserAccount account = user(applicant);
        Actor actor = Actor.user(applicant);
        Application draft = applications.createDraft(account.id(), actor,
                calls.findCallByCode(SbirDemoData.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent(title, "Field trial with a prefecture's disaster management office.",
                        "DISASTER_INFRA", GrowthStage.EARLY, 20_000_000L, account.institutionCode(),
                        List.of(new TeamMember(account.displayName(), "lead", account.institutionCode()))));
        screening.submit(draft.getId(), account.id(), actor);
        runAllDueJobs(); // the screening continues in a job after the submit commits
        Map<String, Integer> scores = SbirCatalog.sbirRubric().stream()
                .collect(Collectors.toMap(RubricCriterion::code, c -> 4));
        for (ReviewAssignment assignment : reviews.assignmentsOf(draft.getId())) {
            UserAccount reviewer = users.require(assignment.reviewerId());
            inbox.declareConflict(task(reviewer, draft, TaskKind.DECLARE_CONFLICT).id(), reviewer, false, null);
            inbox.submitReview(task(reviewer, draft, TaskKind.SCORE_APPLICATION).id(), reviewer, scores,
                    "Fits the theme's policy need.", jp.mebuki.core.review.Recommendation.ADOPT);
        }
        runAllDueJobs();
        UserAccount pm = user(PM);
        inbox.decide(task(pm, draft, TaskKind.DECIDE).id(), pm, DecisionOutcome.ADOPT, "Strong fit with the theme");
        Application adopted = applications.require(draft.getId());
        assertThat(adopted.getStatus()).isEqualTo(ApplicationStatus.ADOPTED);
        return adopted;
    }

    /** An adopted application awarded Phase 1 (¥20M for 11 months, one milestone) on the drone theme. */
    public Project awardedProject(String applicant) {
        Application adopted = adoptedApplication(applicant, "Reconnaissance drone swarm for landslide sites");
        SbirProject project = sbir.award(Actor.user(PM), adopted.getId(),
                catalog.findThemeByCode(SbirDemoData.DRONE_THEME).orElseThrow().id(), 20_000_000L,
                months(11), List.of(new Milestone(SbirPhase.PHASE_1, "Flight test in Minamisanriku", months(6))));
        return new Project(project.getId(), applicant);
    }

    public Instant months(int months) {
        return clock.instant().plus(Duration.ofDays(30L * months));
    }

    /** Runs every due job (timers, async continuations), earliest first, as the job executor would. */
    public int runAllDueJobs() {
        int executed = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            if (due.isEmpty()) {
                return executed;
            }
            management.executeJob(due.get(0).getId());
            executed++;
        }
        throw new AssertionError("jobs keep coming");
    }

    public void timePasses(Duration duration) {
        clock.advance(duration);
    }

    WorkTask task(UserAccount user, Application application, TaskKind kind) {
        return inbox.openTasksOf(user).stream()
                .filter(t -> t.applicationId().equals(application.getId()) && t.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task of " + user.username()));
    }

    /** An SBIR project under test. */
    public final class Project {

        private final ProjectId id;
        private final String awardee;

        Project(ProjectId id, String awardee) {
            this.id = id;
            this.awardee = awardee;
        }

        public ProjectId id() {
            return id;
        }

        public SbirProject state() {
            return projects.require(id);
        }

        public String awardee() {
            return awardee;
        }

        public Project reports(long spentYen) {
            sbir.submitReport(id, user(awardee).id(), Actor.user(awardee), "Prototype flew 40 minutes in rain",
                    "Two prefectures want a demonstration", spentYen);
            return this;
        }

        public GateReview currentGate() {
            List<GateReview> all = gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, id.value());
            assertThat(all).as("gate reviews of project %s", id).isNotEmpty();
            return all.get(all.size() - 1);
        }

        public List<GateReview> gateReviews() {
            return gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, id.value());
        }

        public List<UserAccount> currentGateReviewers() {
            return gates.assignmentsOf(currentGate().id()).stream()
                    .filter(a -> a.state() == GateAssignmentState.ASSIGNED)
                    .map(a -> users.require(a.reviewerId())).toList();
        }

        public List<GateAssignment> currentGateAssignments() {
            return gates.assignmentsOf(currentGate().id());
        }

        /** Every current gate reviewer scores; then the join's and the proposal's jobs run. */
        public Project isGateReviewedWith(int technical, int business) {
            for (UserAccount reviewer : currentGateReviewers()) {
                scoresGate(reviewer, technical, business);
            }
            runAllDueJobs();
            return this;
        }

        public void scoresGate(UserAccount reviewer, int technical, int business) {
            inbox.scoreGate(openTask(reviewer, TaskKind.REVIEW_GATE).id(), reviewer, gateScores(technical, business),
                    "Results are as the report says.");
        }

        public WorkTask openTask(UserAccount user, TaskKind kind) {
            return inbox.openTasksOf(user).stream()
                    .filter(t -> t.applicationId().equals(state().getApplicationId()) && t.kind() == kind)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " task of " + user.username()));
        }

        public boolean hasTask(UserAccount user, TaskKind kind) {
            return inbox.openTasksOf(user).stream()
                    .anyMatch(t -> t.applicationId().equals(state().getApplicationId()) && t.kind() == kind);
        }

        public Project pmConfirms(GateConfirmation confirmation) {
            UserAccount pm = user(PM);
            inbox.confirmGateDecision(openTask(pm, TaskKind.CONFIRM_GATE_DECISION).id(), pm, confirmation);
            return this;
        }

        public Project pmConfirmsGo(long budgetYen, int months) {
            return pmConfirms(new GateConfirmation(GateDecision.GO, "Results convince on both grounds", budgetYen,
                    months(months), null, false));
        }

        public Project pmConfirmsConditional(int monthsToRework) {
            return pmConfirms(new GateConfirmation(GateDecision.CONDITIONAL, "Business case needs field data", null,
                    null, months(monthsToRework), false));
        }

        public Project pmConfirmsNoGo(String reason) {
            return pmConfirms(new GateConfirmation(GateDecision.NO_GO, reason, null, null, null, false));
        }

        public String processInstanceId() {
            return historic().getId();
        }

        public ProcessInstance processInstance() {
            HistoricProcessInstance h = historic();
            return new ScreeningScenario.EndedOrRunningInstance(h.getId(), h.getProcessDefinitionId(),
                    h.getProcessDefinitionKey(), h.getBusinessKey());
        }

        private HistoricProcessInstance historic() {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(SbirProjectLifecycleProcess.KEY)
                    .processInstanceBusinessKey(Long.toString(id.value())).singleResult();
            assertThat(instance).as("lifecycle of project %s", id).isNotNull();
            return instance;
        }

        public List<String> auditActions() {
            return audit.trailOf(SbirProjectService.AUDIT_SUBJECT, id.value()).stream().map(AuditEntry::action)
                    .toList();
        }

        public List<AuditEntry> auditTrail() {
            return audit.trailOf(SbirProjectService.AUDIT_SUBJECT, id.value());
        }
    }

    public static Map<String, Integer> gateScores(int technical, int business) {
        Map<String, Integer> scores = new java.util.HashMap<>();
        TECHNICAL.forEach(c -> scores.put(c, technical));
        BUSINESS.forEach(c -> scores.put(c, business));
        return scores;
    }

    public static List<String> ids(List<WorkTask> tasks) {
        return new ArrayList<>(tasks.stream().map(WorkTask::id).toList());
    }
}
