package jp.mebuki.core.stagegate;

/** The outcome of a gate: next phase, rework and resubmit, or close. */
public enum GateDecision {
    GO, CONDITIONAL, NO_GO
}
