package jp.mebuki.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.notification.Notification;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Scenario-style driver of the screening process for the integration tests: applicants submit,
 * reviewers and PMs work their inboxes through the public facades, time passes and due jobs run.
 * It goes through exactly the calls the web layer makes; only jobs are executed by hand.
 */
@Component
public class ScreeningScenario {

    /** The gap-fund rubric's criteria (see DemoDataLoader). */
    public static final List<String> CRITERIA = DemoDataLoader.gapFundRubric().stream()
            .map(RubricCriterion::code).toList();

    final ApplicationService applications;
    final ScreeningProcessService screening;
    final WorkTaskService inbox;
    final ReviewService reviews;
    final UserDirectory users;
    final CallCatalog calls;
    final Notifier notifier;
    final AuditLog audit;
    final HistoryService history;
    final ManagementService management;
    final TestClock clock;
    final RecordingMailGateway mails;

    ScreeningScenario(ApplicationService applications, ScreeningProcessService screening, WorkTaskService inbox,
            ReviewService reviews, UserDirectory users, CallCatalog calls, Notifier notifier, AuditLog audit,
            HistoryService history, ManagementService management, TestClock clock, RecordingMailGateway mails) {
        this.applications = applications;
        this.screening = screening;
        this.inbox = inbox;
        this.reviews = reviews;
        this.users = users;
        this.calls = calls;
        this.notifier = notifier;
        this.audit = audit;
        this.history = history;
        this.management = management;
        this.clock = clock;
        this.mails = mails;
    }

    /** Back to the start time (the demo call open) with an empty mailbox. */
    public void reset() {
        clock.setTo(WorkflowsTestApplication.START);
        mails.clear();
    }

    // ---------------------------------------------------------------- actors

    public Applicant applicant(String username) {
        return new Applicant(users.requireByUsername(username));
    }

    public Reviewer reviewer(String username) {
        return new Reviewer(users.requireByUsername(username));
    }

    public Reviewer reviewer(UserAccount account) {
        return new Reviewer(account);
    }

    public Pm pm(String username) {
        return new Pm(users.requireByUsername(username));
    }

    public UserAccount user(String username) {
        return users.requireByUsername(username);
    }

    // ---------------------------------------------------------------- time and jobs

    public Instant clockNow() {
        return clock.instant();
    }

    public void timePasses(Duration duration) {
        clock.advance(duration);
    }

    /** Runs the application's due jobs (timers, async continuations) earliest first, as the job executor would. */
    public int runDueJobs(Screened application) {
        int executed = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(application.processInstanceId())
                    .executable().list().stream()
                    .sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            if (due.isEmpty()) {
                return executed;
            }
            management.executeJob(due.get(0).getId());
            executed++;
        }
        throw new AssertionError("jobs keep coming for " + application);
    }

    /** Runs the async continuation before the eligibility check, as the job executor would after a submit. */
    public void runsTheScreeningJob(Screened application) {
        Job start = management.createJobQuery().processInstanceId(application.processInstanceId())
                .activityId(GapFundScreeningProcess.Elements.SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS).singleResult();
        assertThat(start).as("the screening job of %s", application.id()).isNotNull();
        management.executeJob(start.getId());
    }

    public void forgetMails() {
        mails.clear();
    }

    public List<RecordingMailGateway.Mail> mailsTo(String username) {
        return mails.sentTo(user(username).email());
    }

    public List<String> mailSubjectsTo(String username) {
        return mails.sentTo(user(username).email()).stream().map(RecordingMailGateway.Mail::subject).toList();
    }

    // ---------------------------------------------------------------- the application under screening

    /** An application and its process instance, for assertions. */
    public final class Screened {

        private final ApplicationId id;
        private final String applicant;

        Screened(ApplicationId id, String applicant) {
            this.id = id;
            this.applicant = applicant;
        }

        public ApplicationId id() {
            return id;
        }

        public Application application() {
            return applications.require(id);
        }

        public String processInstanceId() {
            return historic().getId();
        }

        /** The process instance, running or ended, for camunda-bpm-assert. */
        public ProcessInstance processInstance() {
            HistoricProcessInstance h = historic();
            return new EndedOrRunningInstance(h.getId(), h.getProcessDefinitionId(), h.getProcessDefinitionKey(),
                    h.getBusinessKey());
        }

        private HistoricProcessInstance historic() {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(GapFundScreeningProcess.KEY)
                    .processInstanceBusinessKey(Long.toString(id.value())).singleResult();
            assertThat(instance).as("process instance of application %s", id).isNotNull();
            return instance;
        }

        /** Assignments of the current round still waiting for their reviewer, by slot. */
        public List<ReviewAssignment> openAssignments() {
            int round = application().getReviewRound();
            return reviews.assignmentsOf(id).stream()
                    .filter(a -> a.reviewRound() == round && a.state().isOpen())
                    .sorted(Comparator.comparingInt(ReviewAssignment::slot)).toList();
        }

        public List<ReviewAssignment> assignments() {
            return reviews.assignmentsOf(id);
        }

        public ReviewAssignment openAssignmentOfSlot(int slot) {
            return openAssignments().stream().filter(a -> a.slot() == slot).findFirst()
                    .orElseThrow(() -> new AssertionError("slot " + slot + " of " + id + " has no open assignment"));
        }

        /** The reviewers currently holding an open slot, by slot. */
        public List<Reviewer> currentReviewers() {
            return openAssignments().stream().map(a -> reviewer(users.require(a.reviewerId()))).toList();
        }

        public Reviewer reviewerOfSlot(int slot) {
            return reviewer(users.require(openAssignmentOfSlot(slot).reviewerId()));
        }

        /** Every current reviewer declares no conflict and scores; then the join's async job runs. */
        public Screened isReviewedBy(int scoreOnEveryCriterion) {
            currentReviewers().forEach(r -> r.declaresNoConflictOn(this).scores(this, scoreOnEveryCriterion));
            runDueJobs(this);
            return this;
        }

        public Applicant applicant() {
            return ScreeningScenario.this.applicant(applicant);
        }

        public List<NotificationKind> notificationsTo(String username) {
            UserAccount recipient = user(username);
            return notifier.aboutApplication(id).stream().filter(n -> n.recipientId().equals(recipient.id()))
                    .map(Notification::kind).toList();
        }

        public List<String> auditTrail() {
            return audit.trailOf(ApplicationService.AUDIT_SUBJECT, id.value()).stream().map(AuditEntry::action)
                    .toList();
        }

        @Override
        public String toString() {
            return "application " + id;
        }
    }

    // ---------------------------------------------------------------- actors

    public final class Applicant {

        private final UserAccount account;

        Applicant(UserAccount account) {
            this.account = account;
        }

        public UserAccount account() {
            return account;
        }

        /** A complete application from the applicant's own institution, submitted to the open demo call. */
        public Screened submitsAnApplication() {
            return submits(aCompleteApplication());
        }

        /** Submits and runs the screening's first job (eligibility, reviewers), as the job executor would. */
        public Screened submits(ApplicationContent content) {
            Screened submitted = onlySubmits(content);
            runsTheScreeningJob(submitted);
            return submitted;
        }

        /** Submits without running the screening's first job: the state the applicant's request leaves. */
        public Screened onlySubmitsAnApplication() {
            return onlySubmits(aCompleteApplication());
        }

        private Screened onlySubmits(ApplicationContent content) {
            Application draft = applications.createDraft(account.id(), actor(), openCallId(), content);
            screening.submit(draft.getId(), account.id(), actor());
            return new Screened(draft.getId(), account.username());
        }

        private ApplicationContent aCompleteApplication() {
            return content("Soft robotic gripper for fisheries", 3_000_000L);
        }

        public Applicant revisesAndResubmits(Screened application, String newTitle) {
            applications.editDraft(application.id(), account.id(), actor(), content(newTitle, 2_500_000L));
            screening.submit(application.id(), account.id(), actor());
            return this;
        }

        public Applicant withdraws(Screened application, String reason) {
            screening.withdraw(application.id(), account.id(), actor(), reason);
            return this;
        }

        ApplicationContent content(String title, long amount) {
            return new ApplicationContent(title, "Gentle handling of fish on board; prototype tested in Onagawa.",
                    "ROBOTICS_DRONES", GrowthStage.SEED, amount, account.institutionCode(),
                    List.of(new TeamMember(account.displayName(), "lead", account.institutionCode())));
        }

        private Actor actor() {
            return Actor.user(account.username());
        }

        private CallId openCallId() {
            return calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id();
        }
    }

    public final class Reviewer {

        private final UserAccount account;

        Reviewer(UserAccount account) {
            this.account = account;
        }

        public UserAccount account() {
            return account;
        }

        public String username() {
            return account.username();
        }

        public List<WorkTask> inbox() {
            return inbox.openTasksOf(account);
        }

        public WorkTask openTask(Screened application, TaskKind kind) {
            return inbox().stream().filter(t -> t.applicationId().equals(application.id()) && t.kind() == kind)
                    .findFirst().orElseThrow(() -> new AssertionError(
                            username() + " has no " + kind + " task on " + application + "; inbox: " + inbox()));
        }

        public boolean hasTask(Screened application, TaskKind kind) {
            return inbox().stream().anyMatch(t -> t.applicationId().equals(application.id()) && t.kind() == kind);
        }

        public Reviewer declaresNoConflictOn(Screened application) {
            inbox.declareConflict(openTask(application, TaskKind.DECLARE_CONFLICT).id(), account, false, null);
            return this;
        }

        public Reviewer declaresConflictOn(Screened application, String reason) {
            inbox.declareConflict(openTask(application, TaskKind.DECLARE_CONFLICT).id(), account, true, reason);
            return this;
        }

        public Reviewer scores(Screened application, int onEveryCriterion) {
            inbox.submitReview(openTask(application, TaskKind.SCORE_APPLICATION).id(), account,
                    scoresOf(onEveryCriterion), "Clear plan; the market is real.", Recommendation.ADOPT);
            return this;
        }

        @Override
        public String toString() {
            return username();
        }
    }

    public final class Pm {

        private final UserAccount account;

        Pm(UserAccount account) {
            this.account = account;
        }

        public UserAccount account() {
            return account;
        }

        public Pm decides(Screened application, DecisionOutcome outcome, String reason) {
            WorkTask task = inbox.openTasksOf(account).stream()
                    .filter(t -> t.applicationId().equals(application.id()) && t.kind() == TaskKind.DECIDE)
                    .findFirst().orElseThrow(() -> new AssertionError("no DECIDE task on " + application));
            inbox.decide(task.id(), account, outcome, reason);
            return this;
        }
    }

    public static Map<String, Integer> scoresOf(int onEveryCriterion) {
        return CRITERIA.stream().collect(Collectors.toMap(c -> c, c -> onEveryCriterion));
    }

    /** A process instance handle that camunda-bpm-assert resolves against runtime or history by id. */
    record EndedOrRunningInstance(String id, String processDefinitionId, String processDefinitionKey,
            String businessKey) implements ProcessInstance {

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getProcessInstanceId() {
            return id;
        }

        @Override
        public String getProcessDefinitionId() {
            return processDefinitionId;
        }

        @Override
        public String getProcessDefinitionKey() {
            return processDefinitionKey;
        }

        @Override
        public String getBusinessKey() {
            return businessKey;
        }

        @Override
        public String getRootProcessInstanceId() {
            return id;
        }

        @Override
        public String getCaseInstanceId() {
            return null;
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return false;
        }

        @Override
        public String getTenantId() {
            return null;
        }
    }
}
