package jp.mebuki.core.programme;

/** The kinds of programme the platform runs. */
public enum ProgrammeKind {
    GAP_FUND, SBIR
}
