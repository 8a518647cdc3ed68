package jp.mebuki.core.mentor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;
import jp.mebuki.core.mentor.MentoringEvaluation.EvaluationSide;
import jp.mebuki.core.mentor.MentoringSession.SessionOutcome;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.Institution;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/**
 * Everything that changes a mentoring match: proposals by the matcher (one team or a batch), the PM's
 * confirmation or override, the mentor's answer, the automatic next offer, kickoff, check-in logs,
 * evaluations and the end. Each decision is one audit entry on subject {@value #AUDIT_SUBJECT}.
 */
@Service
public class MentoringService {

    public static final String AUDIT_SUBJECT = "MENTORING";

    private static final int MAX_REASON = 2000;
    private static final int MAX_SUMMARY = 4000;
    private static final int MAX_TOPICS = 500;
    private static final int MIN_DURATION = 5;
    private static final int MAX_DURATION = 600;
    private static final java.time.ZoneId PROGRAMME_ZONE = java.time.ZoneId.of("Asia/Tokyo");

    private final MentoringMatches matches;
    private final MentoringSessions sessions;
    private final MentoringEvaluations evaluations;
    private final MentorProfileService profiles;
    private final MentorMatcher matcher;
    private final CallCatalog catalog;
    private final UserDirectory users;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    MentoringService(MentoringMatches matches, MentoringSessions sessions, MentoringEvaluations evaluations,
            MentorProfileService profiles, MentorMatcher matcher, CallCatalog catalog, UserDirectory users,
            Notifier notifier, AuditLog audit, Clock clock) {
        this.matches = matches;
        this.sessions = sessions;
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.matcher = matcher;
        this.catalog = catalog;
        this.users = users;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- proposals

    /** Opens the mentoring of a team, or returns the one still running for it. */
    @Transactional
    public MentoringMatch open(MenteeRequest request) {
        Optional<MentoringMatch> running = matches
                .findFirstByMenteeKindAndMenteeIdOrderByIdDesc(request.mentee().kind(), request.mentee().id())
                .filter(m -> m.getState() != MentoringState.COMPLETED && m.getState() != MentoringState.CLOSED_UNMATCHED);
        if (running.isPresent()) {
            return running.get();
        }
        String prefecture = catalog.findInstitution(request.institutionCode()).map(Institution::prefectureEn)
                .orElse(null);
        MentoringMatch saved = matches.save(MentoringMatch.open(request, prefecture, clock.instant()));
        audit.record(Actor.SYSTEM, "MENTORING_OPENED", AUDIT_SUBJECT, saved.getId().value(),
                request.mentee() + " \"" + request.title() + "\": field " + request.fieldCode() + ", stage "
                        + request.growthStage() + ", institution " + request.institutionCode());
        return saved;
    }

    /**
     * Proposes the best eligible mentor for one team (a batch of one for the matcher) for the PM to
     * confirm; with none left the match waits for the PM's manual choice.
     */
    @Transactional
    public Optional<MentorOffer> proposeBest(MentoringMatchId id) {
        MentoringMatch match = require(id);
        Optional<ProposedMatch> best = bestFor(match);
        if (best.isEmpty()) {
            markNoEligibleMentor(match);
            return Optional.empty();
        }
        MentorOffer proposal = MentorOffer.of(best.get().mentorId(), OfferState.PROPOSED, best.get().fit(),
                Actor.SYSTEM.name(), clock.instant(), "optimal single-team match");
        match.propose(proposal);
        matches.save(match);
        audit.record(Actor.SYSTEM, "MENTOR_PROPOSED", AUDIT_SUBJECT, id.value(),
                "mentor " + usernameOf(proposal.mentorId()) + ": " + proposal.fit().explain());
        return Optional.of(proposal);
    }

    /**
     * Re-matches every team whose proposal still waits for the PM together, optimally, against the
     * mentors' free capacity: single-team proposals made one after another may crowd the same mentor.
     */
    @Transactional
    public List<MentoringMatch> proposeBatch(Actor actor) {
        List<MentoringMatch> pending = matches.findByStateOrderByIdAsc(MentoringState.PROPOSED);
        if (pending.isEmpty()) {
            return List.of();
        }
        MatchingResult result = matcher.match(pending.stream().map(MentoringMatch::needs).toList(),
                profiles.candidates());
        Map<Mentee, ProposedMatch> byMentee = result.matches().stream()
                .collect(Collectors.toMap(ProposedMatch::mentee, Function.identity()));
        List<MentoringMatch> changed = new ArrayList<>();
        for (MentoringMatch match : pending) {
            ProposedMatch proposed = byMentee.get(match.mentee());
            if (proposed == null) {
                // the PM's confirmation task then shows that nobody is left; they choose manually
                markNoEligibleMentor(match);
            } else {
                MentorOffer proposal = MentorOffer.of(proposed.mentorId(), OfferState.PROPOSED, proposed.fit(),
                        actor.name(), clock.instant(), "optimal batch match of " + pending.size() + " teams");
                match.propose(proposal);
                matches.save(match);
                audit.record(actor, "MENTOR_PROPOSED", AUDIT_SUBJECT, match.getId().value(),
                        "batch of " + pending.size() + ": mentor " + usernameOf(proposal.mentorId()) + ": "
                                + proposal.fit().explain());
            }
            changed.add(require(match.getId()));
        }
        return changed;
    }

    /** The PM confirms the matcher's proposal: it is offered to the mentor. */
    @Transactional
    public MentoringMatch confirmProposal(MentoringMatchId id, Actor actor) {
        MentoringMatch match = require(id);
        match.requireState(MentoringState.PROPOSED);
        requireFreeSlot(match.current().mentorId(), id);
        MentorOffer offered = match.confirmProposal(clock.instant(), actor.name());
        MentoringMatch saved = matches.save(match);
        audit.record(actor, "MENTOR_PROPOSAL_CONFIRMED", AUDIT_SUBJECT, id.value(),
                "mentor " + usernameOf(offered.mentorId()) + ": " + offered.fit().explain());
        notifyOffered(saved, offered);
        return saved;
    }

    /**
     * The PM chooses another mentor than proposed (or one at all, when none was eligible), always with a
     * reason. The chosen mentor must still be eligible and have a free slot.
     */
    @Transactional
    public MentoringMatch chooseMentor(MentoringMatchId id, Actor actor, UserId mentorId, String reason) {
        MentoringMatch match = require(id);
        match.requireState(MentoringState.PROPOSED, MentoringState.NO_ELIGIBLE_MENTOR);
        requireReason(reason);
        if (mentorId == null) {
            throw new InvalidInputException("required", "mentorId", "mentorId is required");
        }
        MentorProfile profile = profiles.find(mentorId).filter(p -> users.require(p.userId()).hasRole(Role.MENTOR))
                .orElseThrow(() -> new InvalidInputException("unknown-mentor", "mentorId",
                        "user " + mentorId + " is not a mentor with a profile"));
        int load = profiles.currentLoad(mentorId);
        MentorCandidate candidate = profile.asCandidate(load);
        TeamNeeds needs = match.needs();
        if (!FitScorer.eligible(needs, candidate)) {
            throw new InvalidInputException("mentor-not-eligible", "mentorId", "mentor " + usernameOf(mentorId)
                    + " may not mentor this team (not available, own institution, declared conflict or already asked)");
        }
        requireFreeSlot(mentorId, id);
        String previous = match.getState() == MentoringState.PROPOSED ? usernameOf(match.current().mentorId()) : null;
        MentorOffer offer = MentorOffer.of(mentorId, OfferState.OFFERED, FitScorer.fit(needs, candidate, 0),
                actor.name(), clock.instant(), reason);
        match.offer(offer);
        MentoringMatch saved = matches.save(match);
        audit.record(actor, previous != null ? "MENTOR_PROPOSAL_OVERRIDDEN" : "MENTOR_CHOSEN_BY_PM", AUDIT_SUBJECT,
                id.value(), (previous != null ? "proposed " + previous + ", chosen " : "chosen ")
                        + usernameOf(mentorId) + " (" + offer.fit().explain() + "); reason: " + reason);
        notifyOffered(saved, offer);
        return saved;
    }

    /** The PM ends a mentoring for which no mentor could be found. */
    @Transactional
    public MentoringMatch closeUnmatched(MentoringMatchId id, Actor actor, String reason) {
        MentoringMatch match = require(id);
        requireReason(reason);
        match.closeUnmatched(clock.instant());
        MentoringMatch saved = matches.save(match);
        audit.record(actor, "MENTORING_CLOSED_UNMATCHED", AUDIT_SUBJECT, id.value(), reason);
        return saved;
    }

    // ---------------------------------------------------------------- the mentor's answer

    /** The mentor accepts or declines the offer made to them; someone else's offer is not found. */
    @Transactional
    public MentoringMatch respond(MentoringMatchId id, UserId mentor, Actor actor, boolean accept, String reason) {
        MentoringMatch match = matches.findById(id).filter(m -> m.isOfferedTo(mentor))
                .orElseThrow(() -> new NotFoundException("mentoring offer", id));
        if (accept) {
            match.accept(clock.instant(), reason);
            audit.record(actor, "MENTORING_OFFER_ACCEPTED", AUDIT_SUBJECT, id.value(),
                    reason == null || reason.isBlank() ? "accepted" : reason);
        } else {
            requireReason(reason);
            match.decline(clock.instant(), reason);
            audit.record(actor, "MENTORING_OFFER_DECLINED", AUDIT_SUBJECT, id.value(), reason);
        }
        return matches.save(match);
    }

    /** The response window passed: the offer lapses (the process then offers the next best mentor). */
    @Transactional
    public MentoringMatch expireOffer(MentoringMatchId id) {
        MentoringMatch match = require(id);
        String mentor = usernameOf(match.getMentorId());
        match.expire(clock.instant());
        audit.record(Actor.SYSTEM, "MENTORING_OFFER_EXPIRED", AUDIT_SUBJECT, id.value(),
                "no answer from " + mentor + " within the response window");
        return matches.save(match);
    }

    /** After a decline or timeout: offers the next best eligible mentor directly, if one is left. */
    @Transactional
    public Optional<MentorOffer> offerNextBest(MentoringMatchId id) {
        MentoringMatch match = require(id);
        Optional<ProposedMatch> best = bestFor(match);
        if (best.isEmpty()) {
            markNoEligibleMentor(match);
            return Optional.empty();
        }
        MentorOffer offer = MentorOffer.of(best.get().mentorId(), OfferState.OFFERED, best.get().fit(),
                Actor.SYSTEM.name(), clock.instant(), "next best after " + (match.getOffers().size()) + " offer(s)");
        match.offer(offer);
        MentoringMatch saved = matches.save(match);
        audit.record(Actor.SYSTEM, "MENTOR_OFFERED_NEXT", AUDIT_SUBJECT, id.value(),
                "mentor " + usernameOf(offer.mentorId()) + ": " + offer.fit().explain());
        notifyOffered(saved, offer);
        return Optional.of(offer);
    }

    // ---------------------------------------------------------------- mentoring

    /** Tells both sides that mentoring starts. */
    @Transactional
    public MentoringMatch kickOff(MentoringMatchId id) {
        MentoringMatch match = require(id);
        match.requireState(MentoringState.ACTIVE);
        String mentor = usernameOf(match.getMentorId());
        audit.record(Actor.SYSTEM, "MENTORING_STARTED", AUDIT_SUBJECT, id.value(),
                "mentor " + mentor + " and " + match.mentee());
        notifier.notify(match.getMentorId(), applicationOf(match), NotificationKind.MENTORING_STARTED,
                match.getTitle(), users.require(match.getMentorId()).displayName());
        if (match.getMenteeUserId() != null) {
            notifier.notify(match.getMenteeUserId(), applicationOf(match), NotificationKind.MENTORING_STARTED,
                    match.getTitle(), users.require(match.getMentorId()).displayName());
        }
        return match;
    }

    /** The mentor logs a session held with the team (without its length and topics, as the API does). */
    @Transactional
    public MentoringSession logSession(MentoringMatchId id, UserId mentor, Actor actor, LocalDate heldOn,
            String summary) {
        return logSession(id, mentor, actor, heldOn, null, null, summary);
    }

    /**
     * The mentor logs a session held with the team: when (a Japan date, between the start of mentoring and
     * today; today when not given), how long (optional, 5 to 600 minutes), what about (optional) and notes.
     */
    @Transactional
    public MentoringSession logSession(MentoringMatchId id, UserId mentor, Actor actor, LocalDate heldOn,
            Integer durationMinutes, String topics, String summary) {
        MentoringMatch match = matches.findById(id).filter(m -> m.isMentoredBy(mentor))
                .orElseThrow(() -> new NotFoundException("mentoring", id));
        match.requireState(MentoringState.ACTIVE);
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("required", "summary", "a summary of the session is required");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new InvalidInputException("too-long", "summary", "summary must be at most " + MAX_SUMMARY + " characters");
        }
        if (durationMinutes != null && (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION)) {
            throw new InvalidInputException("out-of-range", "durationMinutes",
                    "durationMinutes must lie between " + MIN_DURATION + " and " + MAX_DURATION);
        }
        String topicsText = topics == null || topics.isBlank() ? null : topics.strip();
        if (topicsText != null && topicsText.length() > MAX_TOPICS) {
            throw new InvalidInputException("too-long", "topics", "topics must be at most " + MAX_TOPICS + " characters");
        }
        // mentors and teams meet in Japan: "today" is the Japan date (ahead of UTC for nine hours a day)
        LocalDate today = LocalDate.ofInstant(clock.instant(), PROGRAMME_ZONE);
        LocalDate date = heldOn == null ? today : heldOn;
        if (date.isAfter(today) || match.getStartedAt() != null
                && date.isBefore(LocalDate.ofInstant(match.getStartedAt(), PROGRAMME_ZONE))) {
            throw new InvalidInputException("out-of-range", "heldOn",
                    "heldOn must lie between the start of mentoring and today");
        }
        MentoringSession saved = sessions.save(new MentoringSession(null, id, mentor, SessionOutcome.HELD, date,
                summary, clock.instant(), durationMinutes, topicsText));
        audit.record(actor, "MENTORING_SESSION_LOGGED", AUDIT_SUBJECT, id.value(), "session on " + date);
        return saved;
    }

    /** A check-in passed without a logged session: recorded and escalated to the programme managers. */
    @Transactional
    public MentoringSession recordMissedCheckIn(MentoringMatchId id, int checkInNumber) {
        MentoringMatch match = require(id);
        MentoringSession saved = sessions.save(new MentoringSession(null, id, match.getMentorId(),
                SessionOutcome.MISSED, LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC),
                "check-in " + checkInNumber + " missed", clock.instant(), null, null));
        audit.record(Actor.SYSTEM, "MENTORING_CHECK_IN_MISSED", AUDIT_SUBJECT, id.value(),
                "check-in " + checkInNumber + " with mentor " + usernameOf(match.getMentorId())
                        + " not logged in time; escalated to the PMs");
        for (UserAccount pm : users.withRole(Role.PM)) {
            notifier.notify(pm.id(), applicationOf(match), NotificationKind.MENTORING_CHECK_IN_MISSED,
                    match.getTitle(), checkInNumber);
        }
        return saved;
    }

    /** One side's evaluation at the end of mentoring. */
    @Transactional
    public MentoringEvaluation evaluate(MentoringMatchId id, UserId author, Actor actor, EvaluationSide side,
            Integer rating, String comment) {
        MentoringMatch match = matches.findById(id)
                .filter(m -> side == EvaluationSide.MENTOR ? m.isMentoredBy(author) : m.isMenteeUser(author))
                .orElseThrow(() -> new NotFoundException("mentoring", id));
        match.requireState(MentoringState.ACTIVE);
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInputException("out-of-range", "rating", "rating must be between 1 and 5");
        }
        if (comment == null || comment.isBlank() || comment.length() > MAX_REASON) {
            throw new InvalidInputException("required", "comment",
                    "a comment is required (at most " + MAX_REASON + " characters)");
        }
        if (evaluations.findByMatchIdOrderByIdAsc(id).stream().anyMatch(e -> e.side() == side)) {
            throw new ConflictingStateException("already-evaluated", "the " + side + " side has already evaluated");
        }
        MentoringEvaluation saved = evaluations.save(
                new MentoringEvaluation(null, id, author, side, rating, comment, clock.instant()));
        audit.record(actor, "MENTORING_EVALUATED", AUDIT_SUBJECT, id.value(), side + " rated " + rating);
        return saved;
    }

    @Transactional
    public MentoringMatch complete(MentoringMatchId id) {
        MentoringMatch match = require(id);
        match.complete(clock.instant());
        MentoringMatch saved = matches.save(match);
        long held = sessions.findByMatchIdOrderByIdAsc(id).stream().filter(s -> s.outcome() == SessionOutcome.HELD)
                .count();
        audit.record(Actor.SYSTEM, "MENTORING_COMPLETED", AUDIT_SUBJECT, id.value(), held + " sessions held");
        return saved;
    }

    // ---------------------------------------------------------------- queries

    @Transactional(readOnly = true)
    public MentoringMatch require(MentoringMatchId id) {
        return matches.findById(id).orElseThrow(() -> new NotFoundException("mentoring", id));
    }

    /** PMs and admins see every match; a mentor those they were asked for; a team lead their own. */
    @Transactional(readOnly = true)
    public MentoringMatch requireVisibleTo(MentoringMatchId id, UserAccount user) {
        return matches.findById(id).filter(m -> canSee(m, user))
                .orElseThrow(() -> new NotFoundException("mentoring", id));
    }

    @Transactional(readOnly = true)
    public List<MentoringMatch> visibleTo(UserAccount user) {
        return matches.findAllByOrderByIdAsc().stream().filter(m -> canSee(m, user)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MentoringMatch> latestFor(Mentee mentee) {
        return matches.findFirstByMenteeKindAndMenteeIdOrderByIdDesc(mentee.kind(), mentee.id());
    }

    @Transactional(readOnly = true)
    public List<MentoringSession> sessionsOf(MentoringMatchId id) {
        return sessions.findByMatchIdOrderByIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<MentoringEvaluation> evaluationsOf(MentoringMatchId id) {
        return evaluations.findByMatchIdOrderByIdAsc(id);
    }

    /** The username of the mentor a match currently waits for or is mentored by ({@code null} if none). */
    @Transactional(readOnly = true)
    public String mentorUsernameOf(MentoringMatchId id) {
        MentoringMatch match = require(id);
        return match.getMentorId() == null ? null : usernameOf(match.getMentorId());
    }

    // ---------------------------------------------------------------- helpers

    private static boolean canSee(MentoringMatch match, UserAccount user) {
        if (user.hasRole(Role.PM) || user.hasRole(Role.ADMIN)) {
            return true;
        }
        boolean askedMentor = match.getOffers().stream()
                .anyMatch(o -> o.mentorId().equals(user.id()) && o.state() != OfferState.PROPOSED
                        && o.state() != OfferState.SUPERSEDED);
        return askedMentor || match.isMenteeUser(user.id());
    }

    private Optional<ProposedMatch> bestFor(MentoringMatch match) {
        MatchingResult result = matcher.match(List.of(match.needs()), profiles.candidates());
        return result.matches().stream().findFirst();
    }

    private void markNoEligibleMentor(MentoringMatch match) {
        match.noEligibleMentor();
        matches.save(match);
        long asked = match.getOffers().stream().filter(o -> o.state() != OfferState.SUPERSEDED).count();
        audit.record(Actor.SYSTEM, "MENTOR_NOT_FOUND", AUDIT_SUBJECT, match.getId().value(),
                "no eligible mentor with a free slot left after " + asked + " offer(s); the PM decides");
        for (UserAccount pm : users.withRole(Role.PM)) {
            notifier.notify(pm.id(), applicationOf(match), NotificationKind.MENTORING_NO_ELIGIBLE_MENTOR,
                    match.getTitle(), asked + " offer(s)");
        }
    }

    private void requireFreeSlot(UserId mentorId, MentoringMatchId forMatch) {
        MentorProfile profile = profiles.require(mentorId);
        long load = matches.findByMentorIdAndStateIn(mentorId, List.of(MentoringState.OFFERED, MentoringState.ACTIVE))
                .stream().filter(m -> !m.getId().equals(forMatch)).count();
        if (!profile.available() || load >= profile.capacity()) {
            throw new ConflictingStateException("mentor-at-capacity", "mentor " + usernameOf(mentorId)
                    + " has no free slot (" + load + " of " + profile.capacity() + " teams"
                    + (profile.available() ? "" : ", not available") + ")");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("required", "reason", "a reason is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("too-long", "reason", "reason must be at most " + MAX_REASON + " characters");
        }
    }

    private void notifyOffered(MentoringMatch match, MentorOffer offer) {
        notifier.notify(offer.mentorId(), applicationOf(match), NotificationKind.MENTORING_OFFERED, match.getTitle(),
                offer.fit().explain());
    }

    private static ApplicationId applicationOf(MentoringMatch match) {
        return match.getMenteeKind() == MenteeKind.GAP_FUND_APPLICATION ? new ApplicationId(match.getMenteeId())
                : null;
    }

    private String usernameOf(UserId id) {
        return id == null ? "-" : users.usernameOf(id);
    }
}
