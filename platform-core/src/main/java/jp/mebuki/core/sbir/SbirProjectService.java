package jp.mebuki.core.sbir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserId;

/**
 * SBIR projects from award to commercialization or closure. Every change is an audit entry on the
 * project ({@value #AUDIT_SUBJECT}); the process layer decides when each step happens.
 */
@Service
public class SbirProjectService {

    public static final String AUDIT_SUBJECT = "SBIR_PROJECT";

    private final SbirProjects projects;
    private final SupportRequests supportRequests;
    private final ResearchThemes themes;
    private final ApplicationService applications;
    private final CallCatalog calls;
    private final SbirPhaseRules rules;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;

    SbirProjectService(SbirProjects projects, SupportRequests supportRequests, ResearchThemes themes,
            ApplicationService applications, CallCatalog calls, SbirPhaseRules rules, AuditLog audit,
            Notifier notifier, Clock clock) {
        this.projects = projects;
        this.supportRequests = supportRequests;
        this.themes = themes;
        this.applications = applications;
        this.calls = calls;
        this.rules = rules;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Awards Phase 1 to an adopted application of an SBIR call on one of the call's themes: budget
     * within Phase 1's range (¥3M–¥30M), planned end within 12 months, milestones inside the phase.
     */
    @Transactional
    public SbirProject award(Actor pm, ApplicationId applicationId, ThemeId themeId, Long budgetYen,
            Instant plannedEnd, List<Milestone> milestones) {
        if (applicationId == null) {
            throw new InvalidInputException("required", "applicationId", "applicationId is required");
        }
        Application application;
        try {
            application = applications.require(applicationId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("unknown-application", "applicationId", "no application " + applicationId);
        }
        if (application.getStatus() != ApplicationStatus.ADOPTED) {
            throw new ConflictingStateException("not-adopted",
                    "application " + applicationId + " is " + application.getStatus() + ", not ADOPTED");
        }
        Call call = calls.requireCall(application.getCallId());
        boolean sbirCall = calls.findProgrammeByCode(SbirCatalog.PROGRAMME_CODE)
                .filter(p -> p.id().equals(call.programmeId())).isPresent();
        if (!sbirCall) {
            throw new InvalidInputException("not-sbir", "applicationId",
                    "application " + applicationId + " is not on an SBIR call");
        }
        if (themeId == null) {
            throw new InvalidInputException("required", "themeId", "themeId is required");
        }
        ResearchTheme theme = themes.findById(themeId).filter(t -> call.id().equals(t.callId()))
                .orElseThrow(() -> new InvalidInputException("unknown-theme", "themeId",
                        "theme " + themeId + " is not a theme of call " + call.code()));
        if (projects.findByApplicationId(applicationId).isPresent()) {
            throw new ConflictingStateException("already-awarded", "application " + applicationId + " is already a project");
        }
        Instant now = clock.instant();
        rules.check(SbirPhase.PHASE_1, theme.technologyField(), budgetYen, now, plannedEnd, "budgetYen", "plannedEnd");
        List<Milestone> phaseMilestones = milestones(SbirPhase.PHASE_1, milestones, now, plannedEnd);
        SbirProject saved = projects.save(SbirProject.award(applicationId, themeId, application.getApplicantId(),
                application.getTitle(), theme.technologyField(), application.getInstitutionCode(), budgetYen,
                plannedEnd, phaseMilestones, now));
        audit.record(pm, "SBIR_PROJECT_AWARDED", AUDIT_SUBJECT, saved.getId().value(), String.format(
                "application %s on theme %s: Phase 1 budget ¥%,d, planned end %s, %d milestones", applicationId,
                theme.code(), budgetYen, plannedEnd, phaseMilestones.size()));
        return saved;
    }

    /** The awardee's final report of the current phase (only the awardee; others get not found). */
    @Transactional
    public SbirProject submitReport(ProjectId id, UserId user, Actor actor, String technicalResults,
            String businessResults, Long spentYen) {
        SbirProject project = projects.findById(id).filter(p -> p.isAwardee(user))
                .orElseThrow(() -> new NotFoundException("project", id));
        project.requireActive();
        text(technicalResults, "technicalResults");
        text(businessResults, "businessResults");
        if (spentYen == null || spentYen < 0) {
            throw new InvalidInputException("required", "spentYen", "spending against the budget is required (≥ 0)");
        }
        project.addReport(new PhaseReport(project.getPhase(), technicalResults.strip(), businessResults.strip(),
                spentYen, actor.name(), clock.instant()));
        SbirProject saved = projects.save(project);
        Long budget = project.currentPhase().budgetYen();
        audit.record(actor, "SBIR_REPORT_SUBMITTED", AUDIT_SUBJECT, id.value(), String.format(
                "%s final report: spent ¥%,d of ¥%,d", project.getPhase(), spentYen, budget == null ? 0 : budget));
        return saved;
    }

    /**
     * The SBIR rules of a gate decision, checked before it is recorded: CONDITIONAL at most
     * {@code mebuki.sbir.max-reworks} times, skipping to Phase 3 only from Phase 1 and only where
     * configuration allows it, and a GO budget and planned end within the next phase's range.
     */
    @Transactional(readOnly = true)
    public void checkGateConfirmation(ProjectId id, GateConfirmation confirmation) {
        SbirProject project = require(id);
        project.requireActive();
        if (confirmation.decision() == GateDecision.CONDITIONAL && project.getReworksUsed() >= rules.maxReworks()) {
            throw new ConflictingStateException("rework-limit-reached", "project " + id + " has used all "
                    + rules.maxReworks() + " reworks at this gate; decide GO or NO_GO");
        }
        if (confirmation.skipToPhase3()
                && (!rules.skipToPhase3Allowed() || project.getPhase() != SbirPhase.PHASE_1)) {
            throw new InvalidInputException("skip-not-allowed", "skipToPhase3",
                    "skipping to Phase 3 is not allowed here");
        }
        if (confirmation.decision() == GateDecision.GO && confirmation.budgetYen() != null
                && confirmation.plannedEnd() != null) {
            rules.check(nextPhase(project, confirmation.skipToPhase3()), project.getTechnologyField(),
                    confirmation.budgetYen(), clock.instant(), confirmation.plannedEnd(), "budgetYen", "plannedEnd");
        }
    }

    /** Applies a confirmed gate decision: next phase, rework, or closure. */
    @Transactional
    public SbirProject applyGate(ProjectId id, GateReview gate) {
        SbirProject project = require(id);
        Instant now = clock.instant();
        GateDecision decision = gate.decision();
        String detail;
        switch (decision) {
            case GO -> {
                SbirPhase next = nextPhase(project, gate.skipToPhase3());
                SbirPhase from = project.getPhase();
                project.enter(next, gate.budgetYen(), gate.plannedEnd(), List.of(), "GO", now);
                detail = String.format("%s → %s with budget ¥%,d until %s", from, next, gate.budgetYen(),
                        gate.plannedEnd());
            }
            case CONDITIONAL -> {
                project.rework(gate.reworkDeadline());
                detail = "rework " + project.getReworksUsed() + " of " + rules.maxReworks() + ", due "
                        + gate.reworkDeadline();
            }
            case NO_GO -> {
                project.close(ProjectStatus.CLOSED_NO_GO, "NO_GO", gate.reason(), now);
                detail = "closed at the " + gate.gate() + " gate";
            }
            default -> throw new IllegalStateException("unknown decision " + decision);
        }
        SbirProject saved = projects.save(project);
        audit.record(Actor.user(gate.decidedBy()), "SBIR_GATE_" + decision.name(), AUDIT_SUBJECT, id.value(),
                detail + "; reason: " + gate.reason());
        notifier.notify(project.getAwardeeId(), project.getApplicationId(), NotificationKind.SBIR_GATE_DECIDED,
                project.getTitle(), decision.name() + ": " + gate.reason());
        return saved;
    }

    /** Phase 3 has ended: the project enters commercialization, where the PM records outcomes. */
    @Transactional
    public SbirProject enterCommercialization(ProjectId id) {
        SbirProject project = require(id);
        project.enter(SbirPhase.COMMERCIALIZATION, null, null, List.of(), "COMPLETED", clock.instant());
        SbirProject saved = projects.save(project);
        audit.record(Actor.SYSTEM, "SBIR_COMMERCIALIZATION_STARTED", AUDIT_SUBJECT, id.value(),
                "Phase 3 report received; commercialization outcomes to be recorded");
        return saved;
    }

    /** The PM records the commercialization outcomes; the project is then complete. */
    @Transactional
    public SbirProject recordOutcomes(ProjectId id, Actor pm, List<OutcomeInput> outcomes) {
        SbirProject project = require(id);
        if (project.getPhase() != SbirPhase.COMMERCIALIZATION) {
            throw new ConflictingStateException("not-commercializing", "project " + id + " is in " + project.getPhase());
        }
        List<OutcomeInput> given = outcomes == null ? List.of() : outcomes;
        for (int i = 0; i < given.size(); i++) {
            OutcomeInput outcome = given.get(i);
            String prefix = "outcomes[" + i + "].";
            if (outcome == null || outcome.kind() == null) {
                throw new InvalidInputException("required", prefix + "kind",
                        "kind is required (PUBLIC_PROCUREMENT, PRIVATE_MATCHING or TEST_MARKETING)");
            }
            if (outcome.counterpart() == null || outcome.counterpart().isBlank()) {
                throw new InvalidInputException("required", prefix + "counterpart", "counterpart is required");
            }
            if (outcome.amountYen() != null && outcome.amountYen() < 0) {
                throw new InvalidInputException("out-of-range", prefix + "amountYen", "amount must not be negative");
            }
            if (outcome.kind() == OutcomeKind.PUBLIC_PROCUREMENT && outcome.amountYen() == null) {
                throw new InvalidInputException("required", prefix + "amountYen",
                        "a procurement contract needs its amount");
            }
        }
        Instant now = clock.instant();
        for (OutcomeInput outcome : given) {
            project.addOutcome(new CommercializationOutcome(outcome.kind(), outcome.counterpart().strip(),
                    outcome.amountYen(), outcome.description(), pm.name(), now));
            audit.record(pm, "SBIR_OUTCOME_RECORDED", AUDIT_SUBJECT, id.value(), outcome.kind() + " with "
                    + outcome.counterpart().strip() + (outcome.amountYen() == null ? ""
                            : String.format(", ¥%,d", outcome.amountYen())));
        }
        project.close(ProjectStatus.COMPLETED, "COMPLETED", given.size() + " commercialization outcomes", now);
        SbirProject saved = projects.save(project);
        audit.record(pm, "SBIR_PROJECT_COMPLETED", AUDIT_SUBJECT, id.value(),
                given.size() + " commercialization outcomes recorded");
        return saved;
    }

    @Transactional
    public void recordReportReminder(ProjectId id) {
        SbirProject project = require(id);
        audit.record(Actor.SYSTEM, "SBIR_REPORT_REMINDER_SENT", AUDIT_SUBJECT, id.value(),
                project.getPhase() + " report due " + reportDueAt(project));
        notifier.notify(project.getAwardeeId(), project.getApplicationId(), NotificationKind.SBIR_REPORT_REMINDER,
                project.getTitle(), reportDueAt(project));
    }

    /** The phase has reached its planned end without its report: the awardee is told, the PM gets a task. */
    @Transactional
    public void recordReportOverdue(ProjectId id) {
        SbirProject project = require(id);
        audit.record(Actor.SYSTEM, "SBIR_REPORT_OVERDUE", AUDIT_SUBJECT, id.value(),
                project.getPhase() + " overran its planned end " + reportDueAt(project) + " without a final report");
        notifier.notify(project.getAwardeeId(), project.getApplicationId(), NotificationKind.SBIR_REPORT_OVERDUE,
                project.getTitle(), reportDueAt(project));
    }

    /** The PM's follow-up of an overrun phase: a note, and optionally a new planned end. */
    @Transactional
    public SbirProject followUpOverrun(ProjectId id, Actor pm, String note, Instant newPlannedEnd) {
        SbirProject project = require(id);
        text(note, "note");
        if (newPlannedEnd != null) {
            if (!newPlannedEnd.isAfter(clock.instant())) {
                throw new InvalidInputException("out-of-range", "newPlannedEnd", "the new planned end must be in the future");
            }
            project.extendTo(newPlannedEnd);
        }
        SbirProject saved = projects.save(project);
        audit.record(pm, "SBIR_OVERRUN_FOLLOWED_UP", AUDIT_SUBJECT, id.value(),
                note.strip() + (newPlannedEnd == null ? "" : "; planned end now " + newPlannedEnd));
        return saved;
    }

    @Transactional
    public SupportRequest requestSupport(ProjectId id, Actor pm, SupportKind kind, String note) {
        SbirProject project = require(id);
        project.requireActive();
        if (kind == null) {
            throw new InvalidInputException("required", "kind",
                    "kind is required (MENTORING, COMPANY_MATCHING or FUNDRAISING_MATCHING)");
        }
        text(note, "note");
        SupportRequest saved = supportRequests.save(new SupportRequest(null, id, kind, note.strip(), pm.name(),
                clock.instant(), null, null));
        audit.record(pm, "SBIR_SUPPORT_REQUESTED", AUDIT_SUBJECT, id.value(), kind + " in " + project.getPhase()
                + ": " + note.strip());
        return saved;
    }

    @Transactional
    public SupportRequest arrangeSupport(SupportRequestId id, Actor pm, String note) {
        SupportRequest request = supportRequests.findById(id)
                .orElseThrow(() -> new NotFoundException("support request", id));
        text(note, "note");
        SupportRequest saved = supportRequests.save(request.arranged(note.strip(), clock.instant()));
        audit.record(pm, "SBIR_SUPPORT_ARRANGED", AUDIT_SUBJECT, request.projectId().value(),
                request.kind() + ": " + note.strip());
        return saved;
    }

    // ---------------------------------------------------------------- queries

    @Transactional(readOnly = true)
    public SbirProject require(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
    }

    /** PMs and administrators see every project, an awardee their own; others get not found. */
    @Transactional(readOnly = true)
    public SbirProject requireVisible(ProjectId id, UserAccount user) {
        return projects.findById(id).filter(p -> seesAll(user) || p.isAwardee(user.id()))
                .orElseThrow(() -> new NotFoundException("project", id));
    }

    @Transactional(readOnly = true)
    public List<SbirProject> visibleTo(UserAccount user) {
        return seesAll(user) ? projects.findAllByOrderByIdAsc() : projects.findByAwardeeIdOrderByIdAsc(user.id());
    }

    /** Every project, oldest first (for the programme's statistics). */
    @Transactional(readOnly = true)
    public List<SbirProject> all() {
        return projects.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public List<SupportRequest> supportRequestsOf(ProjectId id) {
        return supportRequests.findByProjectIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public SupportRequest requireSupportRequest(SupportRequestId id) {
        return supportRequests.findById(id).orElseThrow(() -> new NotFoundException("support request", id));
    }

    /** When the current phase's final report is due: its planned end. */
    public Instant reportDueAt(SbirProject project) {
        return project.currentPhase().plannedEnd();
    }

    /** When the awardee is reminded: the configured lead before the due date, or halfway when that has passed. */
    public Instant reportReminderAt(SbirProject project) {
        Instant due = reportDueAt(project);
        Instant now = clock.instant();
        Instant remind = due.minus(Duration.ofDays(rules.reportReminderLeadDays()));
        return remind.isAfter(now) ? remind : now.plus(Duration.between(now, due).dividedBy(2));
    }

    public int reworksLeft(SbirProject project) {
        return Math.max(0, rules.maxReworks() - project.getReworksUsed());
    }

    public boolean skipToPhase3Allowed(SbirProject project) {
        return rules.skipToPhase3Allowed() && project.getPhase() == SbirPhase.PHASE_1;
    }

    public int gateReviewers() {
        return rules.gateReviewers();
    }

    @Transactional(readOnly = true)
    public SbirKpis kpis() {
        List<SbirProject> all = projects.findAllByOrderByIdAsc();
        Map<SbirPhase, Long> active = new EnumMap<>(SbirPhase.class);
        all.stream().filter(p -> p.getStatus() == ProjectStatus.ACTIVE)
                .forEach(p -> active.merge(p.getPhase(), 1L, Long::sum));
        // EnumMap's copy constructor refuses an empty map: collect into an EnumMap instead (no projects yet)
        Map<ProjectStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(SbirProject::getStatus,
                () -> new EnumMap<>(ProjectStatus.class), Collectors.counting()));
        Function<SbirPhase, Long> reached = phase -> all.stream()
                .filter(p -> p.getPhases().stream().anyMatch(h -> h.phase() == phase)).count();
        List<CommercializationOutcome> outcomes = all.stream().flatMap(p -> p.getOutcomes().stream()).toList();
        return new SbirKpis(all.size(), active, byStatus, reached.apply(SbirPhase.PHASE_2),
                reached.apply(SbirPhase.PHASE_3), reached.apply(SbirPhase.COMMERCIALIZATION),
                outcomes.stream().filter(o -> o.kind() == OutcomeKind.PUBLIC_PROCUREMENT).count(),
                outcomes.stream().filter(o -> o.kind() == OutcomeKind.PUBLIC_PROCUREMENT)
                        .mapToLong(o -> o.amountYen() == null ? 0 : o.amountYen()).sum(),
                outcomes.stream().filter(o -> o.kind() == OutcomeKind.PRIVATE_MATCHING).count(),
                outcomes.stream().filter(o -> o.kind() == OutcomeKind.TEST_MARKETING).count());
    }

    // ---------------------------------------------------------------- helpers

    private static SbirPhase nextPhase(SbirProject project, boolean skip) {
        return skip ? SbirPhase.PHASE_3 : project.getPhase().next();
    }

    private static boolean seesAll(UserAccount user) {
        return user.hasRole(Role.PM) || user.hasRole(Role.ADMIN);
    }

    private static List<Milestone> milestones(SbirPhase phase, List<Milestone> given, Instant start, Instant end) {
        List<Milestone> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            Milestone m = list.get(i);
            if (m == null || m.title() == null || m.title().isBlank()) {
                throw new InvalidInputException("required", "milestones[" + i + "].title", "a milestone needs a title");
            }
            if (m.dueAt() == null || m.dueAt().isBefore(start) || m.dueAt().isAfter(end)) {
                throw new InvalidInputException("out-of-range", "milestones[" + i + "].dueAt",
                        "a milestone is due within the phase (" + start + " to " + end + ")");
            }
        }
        return list.stream().map(m -> new Milestone(phase, m.title().strip(), m.dueAt())).toList();
    }

    private static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("required", field, field + " is required");
        }
        if (value.length() > 4000) {
            throw new InvalidInputException("too-long", field, field + " must be at most 4000 characters");
        }
    }
}
