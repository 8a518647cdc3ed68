package jp.mebuki.core.sbir;

/** Commercialization outcomes the PM records; each feeds a programme KPI. */
public enum OutcomeKind {
    /** 公共調達: a government procurement contract. */
    PUBLIC_PROCUREMENT,
    /** A matching with a private company. */
    PRIVATE_MATCHING,
    /** Test marketing. */
    TEST_MARKETING
}
