package jp.mebuki.core.sbir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * An SBIR award: the adopted application's project as it moves through the phases. Keeps its phase
 * history (budget, planned end, how each ended), milestones, final reports and commercialization
 * outcomes. Changed only through {@link SbirProjectService}.
 */
@Table("sbir_project")
public class SbirProject {

    @Id
    private final ProjectId id;
    private final ApplicationId applicationId;
    private final ThemeId themeId;
    private final UserId awardeeId;
    private final String title;
    private final String technologyField;
    private final String institutionCode;
    private SbirPhase phase;
    private ProjectStatus status;
    private int reworksUsed;
    private final Instant awardedAt;
    private Instant closedAt;
    private String closingReason;
    @MappedCollection(idColumn = "sbir_project", keyColumn = "sbir_project_key")
    private final List<ProjectPhase> phases;
    @MappedCollection(idColumn = "sbir_project", keyColumn = "sbir_project_key")
    private final List<Milestone> milestones;
    @MappedCollection(idColumn = "sbir_project", keyColumn = "sbir_project_key")
    private final List<PhaseReport> reports;
    @MappedCollection(idColumn = "sbir_project", keyColumn = "sbir_project_key")
    private final List<CommercializationOutcome> outcomes;
    @Version
    private final Integer version;

    @PersistenceCreator
    SbirProject(ProjectId id, ApplicationId applicationId, ThemeId themeId, UserId awardeeId, String title,
            String technologyField, String institutionCode, SbirPhase phase, ProjectStatus status, int reworksUsed,
            Instant awardedAt, Instant closedAt, String closingReason, List<ProjectPhase> phases,
            List<Milestone> milestones, List<PhaseReport> reports, List<CommercializationOutcome> outcomes,
            Integer version) {
        this.id = id;
        this.applicationId = applicationId;
        this.themeId = themeId;
        this.awardeeId = awardeeId;
        this.title = title;
        this.technologyField = technologyField;
        this.institutionCode = institutionCode;
        this.phase = phase;
        this.status = status;
        this.reworksUsed = reworksUsed;
        this.awardedAt = awardedAt;
        this.closedAt = closedAt;
        this.closingReason = closingReason;
        this.phases = new ArrayList<>(phases == null ? List.of() : phases);
        this.milestones = new ArrayList<>(milestones == null ? List.of() : milestones);
        this.reports = new ArrayList<>(reports == null ? List.of() : reports);
        this.outcomes = new ArrayList<>(outcomes == null ? List.of() : outcomes);
        this.version = version;
    }

    static SbirProject award(ApplicationId applicationId, ThemeId themeId, UserId awardee, String title,
            String field, String institution, long budgetYen, Instant plannedEnd, List<Milestone> milestones,
            Instant now) {
        return new SbirProject(null, applicationId, themeId, awardee, title, field, institution, SbirPhase.PHASE_1,
                ProjectStatus.ACTIVE, 0, now, null, null,
                List.of(new ProjectPhase(SbirPhase.PHASE_1, budgetYen, now, plannedEnd, null, null)), milestones,
                List.of(), List.of(), null);
    }

    void requireActive() {
        if (status != ProjectStatus.ACTIVE) {
            throw new ConflictingStateException("project-closed", "project " + id + " is " + status);
        }
    }

    void addReport(PhaseReport report) {
        requireActive();
        reports.add(report);
    }

    /** Ends the current phase with the given outcome and starts the next one. */
    void enter(SbirPhase next, Long budgetYen, Instant plannedEnd, List<Milestone> newMilestones, String outcome,
            Instant now) {
        requireActive();
        endCurrent(outcome, now);
        phase = next;
        reworksUsed = 0;
        phases.add(new ProjectPhase(next, budgetYen, now, plannedEnd, null, null));
        milestones.addAll(newMilestones);
    }

    /** A CONDITIONAL gate: the phase is extended to the rework deadline. */
    void rework(Instant deadline) {
        requireActive();
        reworksUsed++;
        ProjectPhase current = phases.remove(phases.size() - 1);
        phases.add(current.extendedTo(deadline));
    }

    /** A PM extends an overrun phase. */
    void extendTo(Instant plannedEnd) {
        requireActive();
        ProjectPhase current = phases.remove(phases.size() - 1);
        phases.add(current.extendedTo(plannedEnd));
    }

    void close(ProjectStatus closedAs, String outcome, String reason, Instant now) {
        requireActive();
        endCurrent(outcome, now);
        status = closedAs;
        closedAt = now;
        closingReason = reason;
    }

    void addOutcome(CommercializationOutcome outcome) {
        requireActive();
        outcomes.add(outcome);
    }

    private void endCurrent(String outcome, Instant now) {
        ProjectPhase current = phases.remove(phases.size() - 1);
        phases.add(current.ended(now, outcome));
    }

    public ProjectPhase currentPhase() {
        return phases.get(phases.size() - 1);
    }

    public Optional<PhaseReport> latestReportOf(SbirPhase of) {
        return reports.stream().filter(r -> r.phase() == of).reduce((a, b) -> b);
    }

    public boolean isAwardee(UserId user) {
        return awardeeId.equals(user);
    }

    public ProjectId getId() {
        return id;
    }

    public ApplicationId getApplicationId() {
        return applicationId;
    }

    public ThemeId getThemeId() {
        return themeId;
    }

    public UserId getAwardeeId() {
        return awardeeId;
    }

    public String getTitle() {
        return title;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public SbirPhase getPhase() {
        return phase;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public int getReworksUsed() {
        return reworksUsed;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public List<ProjectPhase> getPhases() {
        return List.copyOf(phases);
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public List<PhaseReport> getReports() {
        return List.copyOf(reports);
    }

    public List<CommercializationOutcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public Integer getVersion() {
        return version;
    }
}
