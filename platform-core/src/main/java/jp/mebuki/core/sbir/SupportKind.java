package jp.mebuki.core.sbir;

/** Hands-on support (伴走支援) a PM can request for a project. */
public enum SupportKind {
    MENTORING, COMPANY_MATCHING, FUNDRAISING_MATCHING
}
