package jp.mebuki.core.mentor;

/** The life of one proposed mentor on one team. */
public enum OfferState {
    /** Proposed by the matcher, waiting for the PM's confirmation. */
    PROPOSED,
    /** Replaced by the PM's choice or a batch re-matching before it reached the mentor. */
    SUPERSEDED,
    /** Sent to the mentor, waiting for an answer within the response window. */
    OFFERED,
    ACCEPTED,
    DECLINED,
    /** The response window passed without an answer. */
    EXPIRED
}
