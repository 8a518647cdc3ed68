package jp.mebuki.core.mentor;

/**
 * Where the mentoring of one team stands: a proposal waits for the PM, an offer for the mentor; with
 * no eligible mentor left the PM must step in; then mentoring runs until it is completed (or closed
 * without a mentor).
 */
public enum MentoringState {
    OPEN, PROPOSED, OFFERED, NO_ELIGIBLE_MENTOR, ACTIVE, COMPLETED, CLOSED_UNMATCHED;

    /** States in which the current mentor counts against their capacity. */
    public boolean countsAgainstCapacity() {
        return this == OFFERED || this == ACTIVE;
    }
}
