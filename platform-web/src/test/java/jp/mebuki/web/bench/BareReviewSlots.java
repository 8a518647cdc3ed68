package jp.mebuki.web.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The bare engine's stand-in for the platform's {@code reviewSlots} expressions: a reviewer per slot, due
 * dates in two weeks, never a conflict. Public because the expression language calls only public types.
 */
public class BareReviewSlots {

    public String reviewerOf(Long reviewAssignmentId) {
        return "reviewer-" + reviewAssignmentId;
    }

    public Date dueDateOf(Long reviewAssignmentId) {
        return Date.from(Instant.now().plus(Duration.ofDays(14)));
    }

    public Date reminderDateOf(Long reviewAssignmentId) {
        return Date.from(Instant.now().plus(Duration.ofDays(11)));
    }

    public boolean conflictDeclared(Long reviewAssignmentId) {
        return false;
    }

    public boolean awaitingReview(Long reviewAssignmentId) {
        return true;
    }
}
