package jp.mebuki.core.mentor;

/** What kind of team is mentored: an adopted gap-fund application now, an SBIR project later. */
public enum MenteeKind {
    GAP_FUND_APPLICATION, SBIR_PROJECT
}
