package jp.mebuki.core.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * An application to a call. The aggregate guards its own state machine; every status change appends
 * to {@link #getStatusHistory()}.
 * <p>
 * The history is append-only, and so is its table; the team changes only with the content. The
 * aggregate's save leaves both tables alone ({@code @ReadOnlyProperty}): {@link ApplicationCollections}
 * inserts the status changes made since the application was read, and the team when it was set.
 * Spring Data JDBC would otherwise delete and insert both collections on every save.
 */
@Table("application")
public class Application {

    @Id
    private final ApplicationId id;
    private final CallId callId;
    private final UserId applicantId;
    private String title;
    private String abstractText;
    private String technologyField;
    private GrowthStage growthStage;
    private Long requestedAmountYen;
    private String institutionCode;
    @ReadOnlyProperty
    @MappedCollection(idColumn = "application", keyColumn = "application_key")
    private List<TeamMember> team;
    private ApplicationStatus status;
    private int reviewRound;
    private final Instant createdAt;
    private Instant firstSubmittedAt;
    private Instant lastSubmittedAt;
    private BigDecimal weightedMeanScore;
    private BigDecimal scoreSpread;
    @ReadOnlyProperty
    @MappedCollection(idColumn = "application", keyColumn = "application_key")
    private List<StatusChange> statusHistory;
    @Version
    private Integer version;
    /** How many entries at the start of {@link #statusHistory} are in the database. */
    @Transient
    private int storedStatusChanges;
    /**
     * Whether the content ({@link #team} and the fields beside it) was set since this instance was read or last
     * stored; without it, a save writes the screening's columns alone ({@link Applications#updateProgress}).
     */
    @Transient
    private boolean teamChanged;

    @PersistenceCreator
    Application(ApplicationId id, CallId callId, UserId applicantId, String title, String abstractText,
            String technologyField, GrowthStage growthStage, Long requestedAmountYen, String institutionCode,
            List<TeamMember> team, ApplicationStatus status, int reviewRound, Instant createdAt,
            Instant firstSubmittedAt, Instant lastSubmittedAt, BigDecimal weightedMeanScore, BigDecimal scoreSpread,
            List<StatusChange> statusHistory, Integer version) {
        this.id = id;
        this.callId = callId;
        this.applicantId = applicantId;
        this.title = title;
        this.abstractText = abstractText;
        this.technologyField = technologyField;
        this.growthStage = growthStage;
        this.requestedAmountYen = requestedAmountYen;
        this.institutionCode = institutionCode;
        this.team = new ArrayList<>(team);
        this.status = status;
        this.reviewRound = reviewRound;
        this.createdAt = createdAt;
        this.firstSubmittedAt = firstSubmittedAt;
        this.lastSubmittedAt = lastSubmittedAt;
        this.weightedMeanScore = weightedMeanScore;
        this.scoreSpread = scoreSpread;
        this.statusHistory = new ArrayList<>(statusHistory);
        this.version = version;
        this.storedStatusChanges = statusHistory.size();
    }

    static Application draft(CallId callId, UserId applicantId, ApplicationContent content, Actor actor, Instant now) {
        Application application = new Application(null, callId, applicantId, null, null, null, null, null, null,
                List.of(), ApplicationStatus.DRAFT, 0, now, null, null, null, null, List.of(), null);
        application.apply(content);
        application.statusHistory.add(StatusChange.of(ApplicationStatus.DRAFT, now, actor.name(), null));
        return application;
    }

    void edit(ApplicationContent content) {
        if (!status.isEditable()) {
            throw new ConflictingStateException("not-editable",
                    "application " + id + " is " + status + " and can no longer be edited");
        }
        apply(content);
    }

    private void apply(ApplicationContent content) {
        this.title = content.title();
        this.abstractText = content.abstractText();
        this.technologyField = content.technologyField();
        this.growthStage = content.growthStage();
        this.requestedAmountYen = content.requestedAmountYen();
        this.institutionCode = content.institutionCode();
        this.team = new ArrayList<>(content.team());
        this.teamChanged = true;
    }

    /** DRAFT → SUBMITTED, or REVISION_REQUESTED → SUBMITTED for a resubmission (a new review round). */
    void submit(Actor actor, Instant now) {
        if (!status.isEditable()) {
            throw new ConflictingStateException("already-submitted",
                    "application " + id + " is " + status + " and cannot be submitted again");
        }
        boolean resubmission = status == ApplicationStatus.REVISION_REQUESTED;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        lastSubmittedAt = now;
        changeStatus(ApplicationStatus.SUBMITTED, actor, now, resubmission
                ? StatusNote.coded(StatusNote.RESUBMITTED, "resubmitted after revision", List.of()) : null);
    }

    void withdraw(Actor actor, Instant now, String reason) {
        if (status.isTerminal()) {
            throw new ConflictingStateException("not-withdrawable",
                    "application " + id + " is " + status + " and cannot be withdrawn");
        }
        changeStatus(ApplicationStatus.WITHDRAWN, actor, now, StatusNote.text(reason));
    }

    void markIneligible(List<String> reasonCodes, Instant now) {
        requireStatus(ApplicationStatus.SUBMITTED);
        changeStatus(ApplicationStatus.INELIGIBLE, Actor.SYSTEM, now,
                StatusNote.coded(StatusNote.INELIGIBLE, String.join(", ", reasonCodes), reasonCodes));
    }

    void startReviewRound(Instant now, StatusNote note) {
        requireStatus(ApplicationStatus.SUBMITTED);
        reviewRound++;
        weightedMeanScore = null;
        scoreSpread = null;
        changeStatus(ApplicationStatus.UNDER_REVIEW, Actor.SYSTEM, now, note);
    }

    void awaitDecision(BigDecimal mean, BigDecimal spread, Instant now, StatusNote note) {
        requireStatus(ApplicationStatus.UNDER_REVIEW);
        weightedMeanScore = mean;
        scoreSpread = spread;
        changeStatus(ApplicationStatus.AWAITING_DECISION, Actor.SYSTEM, now, note);
    }

    void decide(ApplicationStatus outcome, Actor actor, Instant now, String reason) {
        requireStatus(ApplicationStatus.AWAITING_DECISION);
        if (outcome != ApplicationStatus.ADOPTED && outcome != ApplicationStatus.REJECTED
                && outcome != ApplicationStatus.REVISION_REQUESTED) {
            throw new IllegalArgumentException("not a decision outcome: " + outcome);
        }
        changeStatus(outcome, actor, now, StatusNote.text(reason));
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new ConflictingStateException("unexpected-status",
                    "application " + id + " is " + status + ", expected " + expected);
        }
    }

    private void changeStatus(ApplicationStatus next, Actor actor, Instant now, StatusNote note) {
        this.status = next;
        this.statusHistory.add(StatusChange.of(next, now, actor.name(), note));
    }

    public ApplicationId getId() {
        return id;
    }

    public CallId getCallId() {
        return callId;
    }

    public UserId getApplicantId() {
        return applicantId;
    }

    public String getTitle() {
        return title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public GrowthStage getGrowthStage() {
        return growthStage;
    }

    public Long getRequestedAmountYen() {
        return requestedAmountYen;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public List<TeamMember> getTeam() {
        return Collections.unmodifiableList(team);
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public int getReviewRound() {
        return reviewRound;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public BigDecimal getWeightedMeanScore() {
        return weightedMeanScore;
    }

    public BigDecimal getScoreSpread() {
        return scoreSpread;
    }

    public List<StatusChange> getStatusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }

    public Integer getVersion() {
        return version;
    }

    /** How many entries at the start of the history are in the database; those after them were made since. */
    int storedStatusChanges() {
        return storedStatusChanges;
    }

    boolean isTeamChanged() {
        return teamChanged;
    }

    /** The row was updated to this instance's state by {@link Applications#updateProgress}. */
    void progressStored() {
        version = version + 1;
    }

    void collectionsStored() {
        storedStatusChanges = statusHistory.size();
        teamChanged = false;
    }

    public boolean isOwnedBy(UserId user) {
        return applicantId.equals(user);
    }
}
