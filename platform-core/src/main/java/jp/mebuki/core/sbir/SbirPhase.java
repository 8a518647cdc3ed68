package jp.mebuki.core.sbir;

/** The SBIR phases in order (sbir-phases.csv). */
public enum SbirPhase {
    PHASE_1, PHASE_2, PHASE_3, COMMERCIALIZATION;

    /** Whether the phase ends in a stage-gate review (Phase 1 and Phase 2). */
    public boolean endsInGate() {
        return this == PHASE_1 || this == PHASE_2;
    }

    public SbirPhase next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }
}
