package jp.mebuki.core.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.shared.TransactionMemo;
import jp.mebuki.core.user.ReviewerProfile;
import jp.mebuki.core.user.UserId;

/** Assigns reviewers, takes conflict declarations and reviews, and sums up a review round. */
@Service
public class ReviewService {

    private static final String SUBJECT = ApplicationService.AUDIT_SUBJECT;
    private static final int SCALE = 3;

    private final ReviewAssignments assignments;
    private final Reviews reviews;
    private final ReviewDrafts drafts;
    private final ConflictsOfInterest conflicts;
    private final ReviewerSelector selector;
    private final ReviewerWorkload workload;
    private final ApplicationService applications;
    private final CallCatalog calls;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionMemo<ReviewAssignmentId, ReviewAssignment> memo = new TransactionMemo<>("review assignments");

    ReviewService(ReviewAssignments assignments, Reviews reviews, ReviewDrafts drafts, ConflictsOfInterest conflicts,
            ReviewerSelector selector, ReviewerWorkload workload, ApplicationService applications, CallCatalog calls,
            AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.reviews = reviews;
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.selector = selector;
        this.workload = workload;
        this.applications = applications;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Fills the call's reviewer slots for the application's current round. Fewer slots are filled
     * when fewer eligible reviewers exist; the audit trail says so.
     */
    @Transactional
    public List<ReviewAssignmentId> assignReviewers(ApplicationId applicationId) {
        Application application = applications.require(applicationId);
        Call call = calls.requireCall(application.getCallId());
        int round = application.getReviewRound();
        int wanted = call.reviewersPerApplication() > 0 ? call.reviewersPerApplication()
                : Call.DEFAULT_REVIEWERS_PER_APPLICATION;
        Set<UserId> previous = reviewersOfRound(applicationId, round - 1);
        List<ReviewerProfile> chosen = selector.select(application, wanted, reviewersOfRound(applicationId, round),
                declaredConflicts(applicationId), previous);
        Instant now = clock.instant();
        int slot = 0;
        List<ReviewAssignmentId> ids = new java.util.ArrayList<>();
        for (ReviewerProfile reviewer : chosen) {
            ReviewAssignment saved = save(null, open(application, call, reviewer.id(), round, ++slot, now));
            ids.add(saved.id());
        }
        audit.record(Actor.SYSTEM, "REVIEWERS_ASSIGNED", SUBJECT, applicationId.value(),
                "round " + round + ": " + chosen.stream().map(ReviewerProfile::username).collect(Collectors.joining(", "))
                        + (chosen.size() < wanted ? " (only " + chosen.size() + " of " + wanted
                                + " slots could be filled)" : ""));
        return ids;
    }

    /** The reviewer's answer to the conflict-of-interest question that opens every review. */
    @Transactional
    public ReviewAssignment declareConflict(ReviewAssignmentId id, UserId reviewer, Actor actor, boolean conflict,
            String reason) {
        ReviewAssignment assignment = requireOwnedAssignment(id, reviewer);
        if (conflict && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("required", "reason", "a declared conflict needs a reason");
        }
        ReviewAssignment next;
        if (conflict) {
            next = save(assignment, assignment.moveTo(AssignmentState.ASSIGNED, AssignmentState.CONFLICT_DECLARED));
            conflicts.save(new ConflictOfInterest(null, reviewer, assignment.applicationId(), reason.strip(),
                    clock.instant()));
            audit.record(actor, "CONFLICT_DECLARED", SUBJECT, assignment.applicationId().value(),
                    "slot " + assignment.slot() + ": " + reason.strip());
        } else {
            next = save(assignment, assignment.moveTo(AssignmentState.ASSIGNED, AssignmentState.ACCEPTED));
            audit.record(actor, "NO_CONFLICT_DECLARED", SUBJECT, assignment.applicationId().value(),
                    "slot " + assignment.slot());
        }
        return next;
    }

    /**
     * Passes a slot to the next best reviewer after a conflict or when the review is overdue. Returns
     * the new assignment, or empty when nobody eligible is left (the slot stays unfilled).
     */
    @Transactional
    public Optional<ReviewAssignmentId> reassign(ReviewAssignmentId id) {
        ReviewAssignment assignment = requireAssignment(id);
        String why;
        if (assignment.state() == AssignmentState.CONFLICT_DECLARED) {
            why = "conflict of interest declared";
        } else if (assignment.state().isOpen()) {
            save(assignment, assignment.withState(AssignmentState.OVERDUE));
            why = "review overdue since " + assignment.dueAt();
        } else {
            throw new jp.mebuki.core.shared.ConflictingStateException("not-reassignable",
                    "review assignment " + id + " is " + assignment.state());
        }
        Application application = applications.require(assignment.applicationId());
        Call call = calls.requireCall(application.getCallId());
        List<ReviewerProfile> next = selector.select(application, 1,
                reviewersOfRound(assignment.applicationId(), assignment.reviewRound()),
                declaredConflicts(assignment.applicationId()), Set.of());
        if (next.isEmpty()) {
            audit.record(Actor.SYSTEM, "REVIEW_SLOT_UNFILLED", SUBJECT, application.getId().value(),
                    "slot " + assignment.slot() + ": " + why + "; no eligible reviewer left");
            return Optional.empty();
        }
        ReviewAssignment created = save(null, open(application, call, next.get(0).id(),
                assignment.reviewRound(), assignment.slot(), clock.instant()));
        audit.record(Actor.SYSTEM, "REVIEWER_REASSIGNED", SUBJECT, application.getId().value(),
                "slot " + assignment.slot() + ": " + why + "; now " + next.get(0).username());
        return Optional.of(created.id());
    }

    /** Scores on every rubric criterion, a comment and a recommendation; validated against the rubric. */
    @Transactional
    public Review submitReview(ReviewAssignmentId id, UserId reviewer, Actor actor, Map<String, Integer> scores,
            String comment, Recommendation recommendation) {
        ReviewAssignment assignment = requireOwnedAssignment(id, reviewer);
        Call call = calls.requireCall(applications.callOf(assignment.applicationId()));
        BigDecimal weighted = weightedScore(call.rubric(), scores == null ? Map.of() : scores);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("required", "comment", "a review needs a comment");
        }
        if (comment.length() > 4000) {
            throw new InvalidInputException("too-long", "comment", "comment must be at most 4000 characters");
        }
        if (recommendation == null) {
            throw new InvalidInputException("required", "recommendation",
                    "recommendation is required (ADOPT, REJECT or REVISE)");
        }
        save(assignment, assignment.moveTo(AssignmentState.ACCEPTED, AssignmentState.SUBMITTED));
        Set<CriterionScore> criterionScores = scores.entrySet().stream()
                .map(e -> new CriterionScore(e.getKey(), e.getValue())).collect(Collectors.toSet());
        Review review = reviews.save(new Review(null, id, assignment.applicationId(), reviewer,
                assignment.reviewRound(), comment.strip(), recommendation, weighted, clock.instant(), criterionScores));
        // the submitted review replaces the reviewer's draft
        drafts.findIdByAssignmentId(id.value()).ifPresent(drafts::deleteById);
        audit.record(actor, "REVIEW_SUBMITTED", SUBJECT, assignment.applicationId().value(),
                "slot " + assignment.slot() + ": weighted score " + weighted + ", recommends " + recommendation
                        + ", scores " + new java.util.TreeMap<>(scores));
        return review;
    }

    /** Mean and spread of the weighted scores of the application's current round. */
    @Transactional(readOnly = true)
    public ScoreSummary summarize(ApplicationId applicationId) {
        Application application = applications.require(applicationId);
        List<BigDecimal> scores = reviews.findWeightedScores(applicationId.value(), application.getReviewRound());
        if (scores.isEmpty()) {
            return new ScoreSummary(null, null, null, 0);
        }
        BigDecimal n = BigDecimal.valueOf(scores.size());
        BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(n, SCALE, RoundingMode.HALF_UP);
        BigDecimal spread = scores.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(scores.stream().min(BigDecimal::compareTo).orElseThrow()).setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal variance = scores.stream().map(s -> s.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(n, MathContext.DECIMAL64);
        BigDecimal deviation = variance.sqrt(MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
        return new ScoreSummary(mean, spread, deviation, scores.size());
    }

    @Transactional
    public void recordReminderSent(ReviewAssignmentId id) {
        ReviewAssignment assignment = requireAssignment(id);
        save(assignment, assignment.withReminderSent());
        audit.record(Actor.SYSTEM, "REVIEW_REMINDER_SENT", SUBJECT, assignment.applicationId().value(),
                "slot " + assignment.slot() + ", due " + assignment.dueAt());
    }

    /** Cancels every open assignment of a withdrawn application. */
    @Transactional
    public int cancelOpenAssignments(ApplicationId applicationId) {
        int cancelled = 0;
        for (ReviewAssignment assignment : assignments.findByApplicationIdOrderByIdAsc(applicationId)) {
            if (assignment.state().isOpen()) {
                save(assignment, assignment.withState(AssignmentState.CANCELLED));
                cancelled++;
            }
        }
        return cancelled;
    }

    // ---------------------------------------------------------------- queries

    /** Read once per transaction: a review slot's expressions ask for it many times in one engine command. */
    @Transactional(readOnly = true)
    public ReviewAssignment requireAssignment(ReviewAssignmentId id) {
        ReviewAssignment assignment = memo.get(id, () -> assignments.findById(id).orElse(null));
        if (assignment == null) {
            throw new NotFoundException("review assignment", id);
        }
        return assignment;
    }

    /** The assignment if it is the reviewer's; otherwise not found. */
    @Transactional(readOnly = true)
    public ReviewAssignment requireOwnedAssignment(ReviewAssignmentId id, UserId reviewer) {
        ReviewAssignment assignment = memo.get(id, () -> assignments.findById(id).orElse(null));
        if (assignment == null || !assignment.belongsTo(reviewer)) {
            throw new NotFoundException("review assignment", id);
        }
        return assignment;
    }

    @Transactional(readOnly = true)
    public List<ReviewAssignment> assignmentsOf(ApplicationId applicationId) {
        return assignments.findByApplicationIdOrderByIdAsc(applicationId);
    }

    @Transactional(readOnly = true)
    public List<ReviewAssignment> openAssignmentsOf(UserId reviewer) {
        return assignments.findByReviewerIdAndStateInOrderByDueAtAsc(reviewer,
                EnumSet.of(AssignmentState.ASSIGNED, AssignmentState.ACCEPTED));
    }

    @Transactional(readOnly = true)
    public List<Review> reviewsOf(ApplicationId applicationId) {
        return reviews.findByApplicationIdOrderByIdAsc(applicationId);
    }

    /** The reviewer's submitted reviews, latest first (their review history). */
    @Transactional(readOnly = true)
    public List<Review> reviewsBy(UserId reviewer) {
        return reviews.findByReviewerIdOrderByIdDesc(reviewer);
    }

    @Transactional(readOnly = true)
    public List<ConflictOfInterest> conflictsOf(ApplicationId applicationId) {
        return conflicts.findByApplicationId(applicationId);
    }

    /** Whether the reviewer holds an assignment on the application and has not declared a conflict. */
    @Transactional(readOnly = true)
    public boolean mayReview(ApplicationId applicationId, UserId reviewer) {
        return !declaredConflicts(applicationId).contains(reviewer)
                && assignments.findByApplicationIdOrderByIdAsc(applicationId).stream()
                        .anyMatch(a -> a.belongsTo(reviewer) && a.state() != AssignmentState.CANCELLED);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every write of an assignment goes through here, so that the transaction's memo stays its own truth and
     * the reviewer's workload follows the assignment ({@code before} is {@code null} for a new one).
     */
    private ReviewAssignment save(ReviewAssignment before, ReviewAssignment after) {
        ReviewAssignment saved = before != null && after.withProgressOf(before).equals(before)
                ? updateProgress(after)
                : assignments.save(after);
        workload.change(saved.reviewerId(), openness(saved) - openness(before));
        return memo.put(saved.id(), saved);
    }

    /**
     * An existing assignment whose state or reminder count changed (nothing else does): one update of those
     * columns, as Spring Data JDBC's save would check the version, without its writing of every column
     * (9 assignment writes per screened application, 6 of them such changes).
     */
    private ReviewAssignment updateProgress(ReviewAssignment changed) {
        if (assignments.updateProgress(changed.id().value(), changed.state().name(), changed.remindersSent(),
                changed.version()) != 1) {
            throw new OptimisticLockingFailureException(
                    "review assignment " + changed.id() + " was changed since version " + changed.version());
        }
        return changed.withNextVersion();
    }

    private static int openness(ReviewAssignment assignment) {
        return assignment != null && assignment.state().isOpen() ? 1 : 0;
    }

    private ReviewAssignment open(Application application, Call call, UserId reviewer, int round, int slot,
            Instant now) {
        Instant due = now.plus(Duration.ofDays(call.reviewPeriodDays()));
        Instant remind = due.minus(Duration.ofDays(call.reminderLeadDays()));
        return ReviewAssignment.open(application.getId(), reviewer, round, slot, now, due,
                remind.isAfter(now) ? remind : now.plus(Duration.between(now, due).dividedBy(2)));
    }

    private Set<UserId> reviewersOfRound(ApplicationId applicationId, int round) {
        if (round < 1) {
            return Set.of();
        }
        return assignments.findByApplicationIdAndReviewRoundOrderByIdAsc(applicationId, round).stream()
                .map(ReviewAssignment::reviewerId).collect(Collectors.toCollection(HashSet::new));
    }

    private Set<UserId> declaredConflicts(ApplicationId applicationId) {
        return conflicts.findByApplicationId(applicationId).stream().map(ConflictOfInterest::reviewerId)
                .collect(Collectors.toSet());
    }

    /** Σ(weight × score) / Σ(weight), after checking that every criterion and only those got a valid score. */
    static BigDecimal weightedScore(List<RubricCriterion> rubric, Map<String, Integer> scores) {
        Map<String, RubricCriterion> byCode = new LinkedHashMap<>();
        rubric.forEach(c -> byCode.put(c.code(), c));
        for (String code : scores.keySet()) {
            if (!byCode.containsKey(code)) {
                throw new InvalidInputException("unknown-criterion", "scores." + code,
                        "the rubric has no criterion " + code + "; expected " + byCode.keySet());
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (RubricCriterion criterion : byCode.values()) {
            Integer score = scores.get(criterion.code());
            if (score == null) {
                throw new InvalidInputException("required", "scores." + criterion.code(),
                        "a score for " + criterion.code() + " is required");
            }
            if (!criterion.accepts(score)) {
                throw new InvalidInputException("out-of-range", "scores." + criterion.code(),
                        "score for " + criterion.code() + " must be between 1 and " + criterion.maxScore()
                                + ", was " + score);
            }
            sum = sum.add(criterion.weight().multiply(BigDecimal.valueOf(score)));
            weights = weights.add(criterion.weight());
        }
        return sum.divide(weights, SCALE, RoundingMode.HALF_UP);
    }
}
