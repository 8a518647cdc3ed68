package jp.mebuki.core.stagegate;

/** A gate reviewer's slot: open, scored, or given up because of a declared conflict of interest. */
public enum GateAssignmentState {
    ASSIGNED, SCORED, CONFLICT_DECLARED
}
