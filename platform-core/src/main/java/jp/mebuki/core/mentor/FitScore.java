package jp.mebuki.core.mentor;

/**
 * Why a mentor fits a team, in points: field overlap (40), stage fit (25 exact, 10 neighbouring
 * stage), region (15 same prefecture, 5 elsewhere in Tohoku/Niigata), language (10) and load balance
 * (up to 10, less for every team the mentor already has). At most {@link #MAX} in all.
 */
public record FitScore(int field, int stage, int region, int language, int load) {

    public static final int MAX = 100;

    public int total() {
        return field + stage + region + language + load;
    }

    /** The parts that do not depend on the mentor's load. */
    public int base() {
        return field + stage + region + language;
    }

    public String explain() {
        return "fit " + total() + " = field " + field + " + stage " + stage + " + region " + region + " + language "
                + language + " + load " + load;
    }
}
