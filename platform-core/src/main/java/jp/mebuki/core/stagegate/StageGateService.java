package jp.mebuki.core.stagegate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.review.ReviewerSelector;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.ReviewerProfile;
import jp.mebuki.core.user.UserId;

/**
 * Runs stage-gate reviews for any subject type: opens a review and fills its reviewer slots with the
 * screening's reviewer rules, takes conflict declarations and technical/business scores, sums them up,
 * records the proposed decision and the PM's confirmation. Every step is an audit entry on the subject.
 */
@Service
public class StageGateService {

    private static final int SCALE = 3;

    private final GateReviews reviews;
    private final GateAssignments assignments;
    private final ReviewerSelector selector;
    private final List<GateSubjectResolver> subjects;
    private final AuditLog audit;
    private final Clock clock;
    private final int reviewDays;

    StageGateService(GateReviews reviews, GateAssignments assignments, ReviewerSelector selector,
            List<GateSubjectResolver> subjects, AuditLog audit, Clock clock,
            @Value("${mebuki.stage-gate.review-days:14}") int reviewDays) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.selector = selector;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
        this.reviewDays = reviewDays;
    }

    /** Opens a gate review and assigns its reviewers; returns the review with its assignments' ids. */
    @Transactional
    public OpenedGateReview open(String subjectType, long subjectId, String gate, GateCriteriaSet criteriaSet,
            int reviewerCount) {
        GateSubject subject = subject(subjectType, subjectId);
        GateReview review = reviews.save(GateReview.open(subjectType, subjectId, gate, criteriaSet,
                Math.max(1, reviewerCount), clock.instant()));
        List<ReviewerProfile> chosen = selector.select(subject.ownerId(), subject.institutionCode(),
                subject.technologyField(), review.reviewerCount(), Set.of(), Set.of(), Set.of());
        List<GateAssignmentId> ids = new ArrayList<>();
        int slot = 0;
        for (ReviewerProfile reviewer : chosen) {
            ids.add(assignments.save(openSlot(review.id(), reviewer.id(), ++slot)).id());
        }
        audit.record(Actor.SYSTEM, "GATE_REVIEW_OPENED", subjectType, subjectId,
                "gate " + gate + " (" + criteriaSet + "), reviewers: "
                        + chosen.stream().map(ReviewerProfile::username).collect(Collectors.joining(", "))
                        + (chosen.size() < review.reviewerCount()
                                ? " (only " + chosen.size() + " of " + review.reviewerCount() + " slots filled)" : ""));
        return new OpenedGateReview(review.id(), ids);
    }

    /** A gate reviewer declares a conflict of interest (with a reason); the slot then passes on. */
    @Transactional
    public GateAssignment declareConflict(GateAssignmentId id, UserId reviewer, Actor actor, String reason) {
        GateAssignment assignment = requireOwnedAssignment(id, reviewer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("required", "reason", "a declared conflict needs a reason");
        }
        GateAssignment saved = assignments.save(assignment.conflicted(reason.strip()));
        GateReview review = require(assignment.gateReviewId());
        audit.record(actor, "GATE_CONFLICT_DECLARED", review.subjectType(), review.subjectId(),
                "gate " + review.gate() + ", slot " + assignment.slot() + ": " + reason.strip());
        return saved;
    }

    /** Scores every technical and business criterion of the review's criteria set (1–5) with a comment. */
    @Transactional
    public GateAssignment score(GateAssignmentId id, UserId reviewer, Actor actor, Map<String, Integer> scores,
            String comment) {
        GateAssignment assignment = requireOwnedAssignment(id, reviewer);
        GateReview review = require(assignment.gateReviewId());
        Map<String, Integer> given = scores == null ? Map.of() : scores;
        GateCriteriaSet set = review.criteriaSet();
        for (String code : given.keySet()) {
            if (!set.technical().contains(code) && !set.business().contains(code)) {
                throw new InvalidInputException("unknown-criterion", "scores." + code, "the criteria set " + set
                        + " has no criterion " + code + "; expected " + set.technical() + " and " + set.business());
            }
        }
        BigDecimal technical = mean(set.technical(), given);
        BigDecimal business = mean(set.business(), given);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("required", "comment", "a gate review needs a comment");
        }
        if (comment.length() > 4000) {
            throw new InvalidInputException("too-long", "comment", "comment must be at most 4000 characters");
        }
        GateAssignment saved = assignments.save(assignment.scored(technical, business, comment.strip()));
        audit.record(actor, "GATE_REVIEW_SUBMITTED", review.subjectType(), review.subjectId(),
                "gate " + review.gate() + ", slot " + assignment.slot() + ": technical " + technical + ", business "
                        + business + ", scores " + new TreeMap<>(given));
        return saved;
    }

    /** Passes a conflicted slot to the next eligible reviewer; empty when nobody is left. */
    @Transactional
    public Optional<GateAssignmentId> reassign(GateAssignmentId id) {
        GateAssignment assignment = requireAssignment(id);
        GateReview review = require(assignment.gateReviewId());
        GateSubject subject = subject(review.subjectType(), review.subjectId());
        List<GateAssignment> all = assignments.findByGateReviewIdOrderByIdAsc(review.id());
        Set<UserId> taken = all.stream().map(GateAssignment::reviewerId).collect(Collectors.toSet());
        Set<UserId> conflicted = all.stream().filter(a -> a.state() == GateAssignmentState.CONFLICT_DECLARED)
                .map(GateAssignment::reviewerId).collect(Collectors.toSet());
        List<ReviewerProfile> next = selector.select(subject.ownerId(), subject.institutionCode(),
                subject.technologyField(), 1, taken, conflicted, Set.of());
        if (next.isEmpty()) {
            audit.record(Actor.SYSTEM, "GATE_SLOT_UNFILLED", review.subjectType(), review.subjectId(),
                    "gate " + review.gate() + ", slot " + assignment.slot() + ": no eligible reviewer left");
            return Optional.empty();
        }
        GateAssignment created = assignments.save(openSlot(review.id(), next.get(0).id(), assignment.slot()));
        audit.record(Actor.SYSTEM, "GATE_REVIEWER_REASSIGNED", review.subjectType(), review.subjectId(),
                "gate " + review.gate() + ", slot " + assignment.slot() + ": conflict of interest; now "
                        + next.get(0).username());
        return Optional.of(created.id());
    }

    /** Mean technical and business scores of the scored slots ({@code null} without any score). */
    @Transactional(readOnly = true)
    public GateScores scoresOf(GateReviewId id) {
        List<GateAssignment> scored = assignments.findByGateReviewIdOrderByIdAsc(id).stream()
                .filter(a -> a.state() == GateAssignmentState.SCORED).toList();
        if (scored.isEmpty()) {
            return new GateScores(null, null, 0);
        }
        BigDecimal n = BigDecimal.valueOf(scored.size());
        BigDecimal technical = scored.stream().map(GateAssignment::technicalScore).reduce(BigDecimal.ZERO,
                BigDecimal::add).divide(n, SCALE, RoundingMode.HALF_UP);
        BigDecimal business = scored.stream().map(GateAssignment::businessScore).reduce(BigDecimal.ZERO,
                BigDecimal::add).divide(n, SCALE, RoundingMode.HALF_UP);
        return new GateScores(technical, business, scored.size());
    }

    /** Stores the decision the decision table proposed from the scores; the PM confirms it next. */
    @Transactional
    public GateReview recordProposal(GateReviewId id, GateDecision proposed, boolean skipEligible) {
        GateReview review = require(id);
        GateScores scores = scoresOf(id);
        GateReview saved = reviews.save(review.withProposal(scores.technical(), scores.business(), proposed,
                skipEligible));
        audit.record(Actor.SYSTEM, "GATE_DECISION_PROPOSED", review.subjectType(), review.subjectId(),
                "gate " + review.gate() + ": proposed " + proposed + " from technical " + scores.technical()
                        + " and business " + scores.business() + " (" + scores.reviewCount() + " reviews)"
                        + (skipEligible ? "; eligible to skip to Phase 3" : ""));
        return saved;
    }

    /**
     * Records the PM's decision. Checks what every gate needs (a reason; budget and planned end for GO;
     * a future rework deadline for CONDITIONAL); the subject's own rules (budget ranges, rework limit)
     * are the caller's, checked before in the same transaction.
     */
    @Transactional
    public GateReview confirm(GateReviewId id, Actor pm, GateConfirmation confirmation) {
        GateReview review = require(id);
        if (review.status() != GateReviewStatus.AWAITING_CONFIRMATION) {
            throw new ConflictingStateException("gate-not-awaiting-decision",
                    "gate review " + id + " is " + review.status());
        }
        validate(confirmation);
        resolver(review.subjectType()).checkConfirmation(review.subjectId(), confirmation);
        GateReview saved = reviews.save(review.withDecision(confirmation, pm.name(), clock.instant()));
        audit.record(pm, "GATE_DECISION_CONFIRMED", review.subjectType(), review.subjectId(),
                "gate " + review.gate() + ": " + confirmation.decision()
                        + (confirmation.decision() != review.proposedDecision()
                                ? " (proposed " + review.proposedDecision() + ")" : "")
                        + (confirmation.skipToPhase3() ? ", skipping to Phase 3" : "")
                        + (confirmation.budgetYen() != null ? ", budget " + confirmation.budgetYen() + " JPY" : "")
                        + (confirmation.plannedEnd() != null ? ", planned end " + confirmation.plannedEnd() : "")
                        + (confirmation.reworkDeadline() != null ? ", rework due " + confirmation.reworkDeadline() : "")
                        + "; reason: " + confirmation.reason().strip());
        return saved;
    }

    // ---------------------------------------------------------------- queries

    @Transactional(readOnly = true)
    public GateReview require(GateReviewId id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("gate review", id));
    }

    @Transactional(readOnly = true)
    public GateAssignment requireAssignment(GateAssignmentId id) {
        return assignments.findById(id).orElseThrow(() -> new NotFoundException("gate assignment", id));
    }

    /** The assignment if it is the reviewer's and still open; otherwise not found. */
    @Transactional(readOnly = true)
    public GateAssignment requireOwnedAssignment(GateAssignmentId id, UserId reviewer) {
        return assignments.findById(id).filter(a -> a.belongsTo(reviewer))
                .orElseThrow(() -> new NotFoundException("gate assignment", id));
    }

    @Transactional(readOnly = true)
    public List<GateReview> reviewsOf(String subjectType, long subjectId) {
        return reviews.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public List<GateAssignment> assignmentsOf(GateReviewId id) {
        return assignments.findByGateReviewIdOrderByIdAsc(id);
    }

    // ---------------------------------------------------------------- helpers

    private GateAssignment openSlot(GateReviewId review, UserId reviewer, int slot) {
        Instant now = clock.instant();
        return GateAssignment.open(review, reviewer, slot, now, now.plus(Duration.ofDays(reviewDays)));
    }

    private GateSubject subject(String subjectType, long subjectId) {
        return resolver(subjectType).resolve(subjectId);
    }

    private GateSubjectResolver resolver(String subjectType) {
        return subjects.stream().filter(s -> s.subjectType().equals(subjectType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no gate subjects of type " + subjectType));
    }

    private void validate(GateConfirmation confirmation) {
        if (confirmation.decision() == null) {
            throw new InvalidInputException("required", "decision", "decision is required (GO, CONDITIONAL or NO_GO)");
        }
        if (confirmation.reason() == null || confirmation.reason().isBlank()) {
            throw new InvalidInputException("required", "reason", "a gate decision needs a reason");
        }
        if (confirmation.reason().length() > 4000) {
            throw new InvalidInputException("too-long", "reason", "reason must be at most 4000 characters");
        }
        switch (confirmation.decision()) {
            case GO -> {
                if (confirmation.budgetYen() == null) {
                    throw new InvalidInputException("required", "budgetYen", "GO needs the next phase's budget");
                }
                if (confirmation.plannedEnd() == null || !confirmation.plannedEnd().isAfter(clock.instant())) {
                    throw new InvalidInputException("required", "plannedEnd",
                            "GO needs the next phase's planned end, in the future");
                }
            }
            case CONDITIONAL -> {
                if (confirmation.reworkDeadline() == null || !confirmation.reworkDeadline().isAfter(clock.instant())) {
                    throw new InvalidInputException("required", "reworkDeadline",
                            "CONDITIONAL needs a rework deadline in the future");
                }
            }
            case NO_GO -> {
                // the reason is all a NO-GO needs
            }
        }
        if (confirmation.skipToPhase3() && confirmation.decision() != GateDecision.GO) {
            throw new InvalidInputException("skip-needs-go", "skipToPhase3", "only a GO can skip to Phase 3");
        }
    }

    private static BigDecimal mean(List<String> criteria, Map<String, Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : criteria) {
            Integer score = scores.get(code);
            if (score == null) {
                throw new InvalidInputException("required", "scores." + code, "a score for " + code + " is required");
            }
            if (score < GateCriteriaSet.MIN_SCORE || score > GateCriteriaSet.MAX_SCORE) {
                throw new InvalidInputException("out-of-range", "scores." + code, "score for " + code
                        + " must be between 1 and 5, was " + score);
            }
            sum = sum.add(BigDecimal.valueOf(score));
        }
        return sum.divide(BigDecimal.valueOf(criteria.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** A freshly opened review and the ids of its filled slots. */
    public record OpenedGateReview(GateReviewId id, List<GateAssignmentId> assignmentIds) {
    }

    /** Mean technical and business scores of a gate review. */
    public record GateScores(BigDecimal technical, BigDecimal business, int reviewCount) {
    }
}
