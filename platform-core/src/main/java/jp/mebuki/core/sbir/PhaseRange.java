package jp.mebuki.core.sbir;

/**
 * The budget range and maximum duration of a phase; {@code null} bounds are open.
 */
public record PhaseRange(SbirPhase phase, Long minYen, Long maxYen, Integer maxMonths) {

    public boolean contains(long yen) {
        return (minYen == null || yen >= minYen) && (maxYen == null || yen <= maxYen);
    }

    /** E.g. "¥10,000,000 and up" or "¥3,000,000 to ¥30,000,000". */
    public String describe() {
        if (minYen != null && maxYen != null) {
            return String.format("¥%,d to ¥%,d", minYen, maxYen);
        }
        if (minYen != null) {
            return String.format("¥%,d and up", minYen);
        }
        if (maxYen != null) {
            return String.format("up to ¥%,d", maxYen);
        }
        return "any amount";
    }
}
