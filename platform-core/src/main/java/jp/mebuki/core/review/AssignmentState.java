package jp.mebuki.core.review;

/**
 * The life of one reviewer's assignment: ASSIGNED (must first declare conflict or none) →
 * ACCEPTED (no conflict; scoring) → SUBMITTED. Or CONFLICT_DECLARED / OVERDUE, after which the slot
 * passes to another reviewer, or CANCELLED when the application is withdrawn.
 */
public enum AssignmentState {
    ASSIGNED, ACCEPTED, SUBMITTED, CONFLICT_DECLARED, OVERDUE, CANCELLED;

    /** Still waiting for the reviewer. */
    public boolean isOpen() {
        return this == ASSIGNED || this == ACCEPTED;
    }
}
