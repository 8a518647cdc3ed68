package jp.mebuki.core.mentor;

/** What a mentor's declared conflict of interest is with: a whole institution or one team. */
public enum ConflictKind {
    INSTITUTION, TEAM
}
