package jp.mebuki.core.sbir;

/** A commercialization outcome as the PM enters it. */
public record OutcomeInput(OutcomeKind kind, String counterpart, Long amountYen, String description) {
}
