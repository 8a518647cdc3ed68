package jp.mebuki.core.mentor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/**
 * The mentoring of one team: what the team needs, the offers made to mentors one after another (each
 * with its score explanation), the current mentor and the state. Guards its own state machine.
 */
@Table("mentoring_match")
public class MentoringMatch {

    @Id
    private final MentoringMatchId id;
    private final MenteeKind menteeKind;
    private final long menteeId;
    private final UserId menteeUserId;
    private final String title;
    private final String fieldCode;
    private final GrowthStage growthStage;
    private final String institutionCode;
    private final String prefecture;
    private final String languageCode;
    private MentoringState state;
    private UserId mentorId;
    private final Instant openedAt;
    private Instant startedAt;
    private Instant endedAt;
    @MappedCollection(idColumn = "mentoring_match", keyColumn = "mentoring_match_key")
    private List<MentorOffer> offers;
    @Version
    private Integer version;

    @PersistenceCreator
    MentoringMatch(MentoringMatchId id, MenteeKind menteeKind, long menteeId, UserId menteeUserId, String title,
            String fieldCode, GrowthStage growthStage, String institutionCode, String prefecture, String languageCode,
            MentoringState state, UserId mentorId, Instant openedAt, Instant startedAt, Instant endedAt,
            List<MentorOffer> offers, Integer version) {
        this.id = id;
        this.menteeKind = menteeKind;
        this.menteeId = menteeId;
        this.menteeUserId = menteeUserId;
        this.title = title;
        this.fieldCode = fieldCode;
        this.growthStage = growthStage;
        this.institutionCode = institutionCode;
        this.prefecture = prefecture;
        this.languageCode = languageCode;
        this.state = state;
        this.mentorId = mentorId;
        this.openedAt = openedAt;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.offers = new ArrayList<>(offers);
        this.version = version;
    }

    static MentoringMatch open(MenteeRequest request, String prefecture, Instant now) {
        return new MentoringMatch(null, request.mentee().kind(), request.mentee().id(), request.menteeUserId(),
                request.title(), request.fieldCode(), request.growthStage(), request.institutionCode(), prefecture,
                request.languageCode(), MentoringState.OPEN, null, now, null, null, List.of(), null);
    }

    /** The team as the matcher sees it: everyone offered before is excluded, and so is the team's own user. */
    TeamNeeds needs() {
        Set<UserId> excluded = offers.stream()
                .filter(o -> o.state() != OfferState.PROPOSED && o.state() != OfferState.SUPERSEDED)
                .map(MentorOffer::mentorId).collect(Collectors.toSet());
        if (menteeUserId != null) {
            excluded.add(menteeUserId);
        }
        return new TeamNeeds(mentee(), fieldCode, growthStage, institutionCode, prefecture, languageCode, excluded);
    }

    void propose(MentorOffer proposal) {
        requireState(MentoringState.OPEN, MentoringState.PROPOSED);
        supersedePendingProposal(proposal.proposedAt());
        offers.add(proposal);
        mentorId = proposal.mentorId();
        state = MentoringState.PROPOSED;
    }

    void noEligibleMentor() {
        supersedePendingProposal(null);
        mentorId = null;
        state = MentoringState.NO_ELIGIBLE_MENTOR;
    }

    /** The PM confirms the pending proposal: it becomes an offer to the mentor. */
    MentorOffer confirmProposal(Instant now, String by) {
        requireState(MentoringState.PROPOSED);
        MentorOffer proposal = current();
        MentorOffer offered = proposal.moveTo(OfferState.OFFERED, null, "confirmed by " + by);
        offers.set(offers.size() - 1, offered);
        state = MentoringState.OFFERED;
        return offered;
    }

    /** An offer straight to a mentor: the PM's override or manual choice, or the next best after a decline. */
    void offer(MentorOffer offer) {
        requireState(MentoringState.OPEN, MentoringState.PROPOSED, MentoringState.OFFERED,
                MentoringState.NO_ELIGIBLE_MENTOR);
        if (state == MentoringState.OFFERED) {
            throw new ConflictingStateException("offer-pending",
                    "mentoring " + id + " still waits for an answer from mentor " + mentorId);
        }
        supersedePendingProposal(offer.proposedAt());
        offers.add(offer);
        mentorId = offer.mentorId();
        state = MentoringState.OFFERED;
    }

    void accept(Instant now, String note) {
        requireState(MentoringState.OFFERED);
        offers.set(offers.size() - 1, current().moveTo(OfferState.ACCEPTED, now, note));
        state = MentoringState.ACTIVE;
        startedAt = now;
    }

    void decline(Instant now, String reason) {
        requireState(MentoringState.OFFERED);
        offers.set(offers.size() - 1, current().moveTo(OfferState.DECLINED, now, reason));
        mentorId = null;
        state = MentoringState.OPEN;
    }

    void expire(Instant now) {
        requireState(MentoringState.OFFERED);
        offers.set(offers.size() - 1, current().moveTo(OfferState.EXPIRED, now, "no answer within the response window"));
        mentorId = null;
        state = MentoringState.OPEN;
    }

    void complete(Instant now) {
        requireState(MentoringState.ACTIVE);
        state = MentoringState.COMPLETED;
        endedAt = now;
    }

    void closeUnmatched(Instant now) {
        requireState(MentoringState.NO_ELIGIBLE_MENTOR);
        state = MentoringState.CLOSED_UNMATCHED;
        endedAt = now;
    }

    private void supersedePendingProposal(Instant now) {
        if (!offers.isEmpty() && current().state() == OfferState.PROPOSED) {
            offers.set(offers.size() - 1, current().moveTo(OfferState.SUPERSEDED, now, null));
        }
    }

    void requireState(MentoringState... allowed) {
        for (MentoringState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new ConflictingStateException("unexpected-mentoring-state",
                "mentoring " + id + " is " + state + ", expected one of " + List.of(allowed));
    }

    /** The latest offer or proposal. */
    public MentorOffer current() {
        if (offers.isEmpty()) {
            throw new ConflictingStateException("no-offer", "mentoring " + id + " has no proposal yet");
        }
        return offers.get(offers.size() - 1);
    }

    public boolean isMentoredBy(UserId user) {
        return mentorId != null && mentorId.equals(user);
    }

    public boolean isOfferedTo(UserId user) {
        return state == MentoringState.OFFERED && isMentoredBy(user);
    }

    public boolean isMenteeUser(UserId user) {
        return menteeUserId != null && menteeUserId.equals(user);
    }

    public Mentee mentee() {
        return new Mentee(menteeKind, menteeId);
    }

    public MentoringMatchId getId() {
        return id;
    }

    public MenteeKind getMenteeKind() {
        return menteeKind;
    }

    public long getMenteeId() {
        return menteeId;
    }

    public UserId getMenteeUserId() {
        return menteeUserId;
    }

    public String getTitle() {
        return title;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public GrowthStage getGrowthStage() {
        return growthStage;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public MentoringState getState() {
        return state;
    }

    public UserId getMentorId() {
        return mentorId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<MentorOffer> getOffers() {
        return Collections.unmodifiableList(offers);
    }

    public Integer getVersion() {
        return version;
    }
}
