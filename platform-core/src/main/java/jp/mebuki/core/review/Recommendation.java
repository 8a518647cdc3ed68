package jp.mebuki.core.review;

/** A reviewer's overall recommendation, beside the rubric scores. */
public enum Recommendation {
    ADOPT, REJECT, REVISE
}
