package jp.mebuki.core.stagegate;

/** Where a gate review stands. */
public enum GateReviewStatus {
    IN_REVIEW, AWAITING_CONFIRMATION, DECIDED
}
