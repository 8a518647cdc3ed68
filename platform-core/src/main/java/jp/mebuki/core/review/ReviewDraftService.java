package jp.mebuki.core.review;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserId;

/**
 * Reviews saved as drafts: a reviewer keeps unfinished scores and comments on an open assignment of
 * their own and finds them again later. Nothing is required of a draft (submitting checks everything),
 * but what it holds must fit the rubric. Another user's draft or assignment is not found.
 */
@Service
public class ReviewDraftService {

    private static final int MAX_COMMENT = 4000;

    private final ReviewDrafts drafts;
    private final ReviewService reviews;
    private final ApplicationService applications;
    private final CallCatalog calls;
    private final AuditLog audit;
    private final Clock clock;

    ReviewDraftService(ReviewDrafts drafts, ReviewService reviews, ApplicationService applications,
            CallCatalog calls, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves (or replaces) the reviewer's draft on their open assignment. */
    @Transactional
    public ReviewDraft save(ReviewAssignmentId assignmentId, UserId reviewer, Actor actor, Map<String, Integer> scores,
            String comment, Recommendation recommendation) {
        ReviewAssignment assignment = reviews.requireOwnedAssignment(assignmentId, reviewer);
        if (!assignment.state().isOpen()) {
            throw new NotFoundException("review assignment", assignmentId);
        }
        Map<String, RubricCriterion> rubric = calls.requireCall(applications.require(assignment.applicationId())
                .getCallId()).rubric().stream().collect(Collectors.toMap(RubricCriterion::code, c -> c));
        Set<ReviewDraft.DraftScore> given = scores == null ? Set.of() : scores.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> checkedScore(rubric, e.getKey(), e.getValue()))
                .collect(Collectors.toSet());
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("too-long", "comment", "comment must be at most " + MAX_COMMENT + " characters");
        }
        Long id = drafts.findByAssignmentId(assignmentId).map(ReviewDraft::id).orElse(null);
        ReviewDraft saved = drafts.save(new ReviewDraft(id, assignmentId, reviewer,
                comment == null || comment.isBlank() ? null : comment, recommendation, clock.instant(), given));
        audit.record(actor, "REVIEW_DRAFT_SAVED", ApplicationService.AUDIT_SUBJECT, assignment.applicationId().value(),
                "slot " + assignment.slot() + ": " + given.size() + " of " + rubric.size() + " scores");
        return saved;
    }

    /** The reviewer's own draft on the assignment, if any; someone else's assignment is not found. */
    @Transactional(readOnly = true)
    public Optional<ReviewDraft> draftOf(ReviewAssignmentId assignmentId, UserId reviewer) {
        reviews.requireOwnedAssignment(assignmentId, reviewer);
        return drafts.findByAssignmentId(assignmentId).filter(d -> d.reviewerId().equals(reviewer));
    }

    private static ReviewDraft.DraftScore checkedScore(Map<String, RubricCriterion> rubric, String code, int score) {
        RubricCriterion criterion = rubric.get(code);
        if (criterion == null) {
            throw new InvalidInputException("unknown-criterion", "scores." + code, "no rubric criterion " + code);
        }
        if (score < 1 || score > criterion.maxScore()) {
            throw new InvalidInputException("out-of-range", "scores." + code,
                    "score for " + code + " must lie between 1 and " + criterion.maxScore());
        }
        return new ReviewDraft.DraftScore(code, score);
    }
}
