package jp.mebuki.core.programme;

/** Stages of growth (シード → アーリー → ミドル → レイター). */
public enum GrowthStage {
    SEED, EARLY, MIDDLE, LATER
}
