package jp.mebuki.core.mentor;

import java.util.Set;

/**
 * The fit of one mentor for one team and whether the pair is allowed at all. Pure functions, shared by
 * the optimal matcher, overrides (which still must be eligible) and the tests' greedy baseline.
 */
public final class FitScorer {

    public static final int FIELD = 40;
    public static final int STAGE_EXACT = 25;
    public static final int STAGE_NEIGHBOUR = 10;
    public static final int REGION_SAME_PREFECTURE = 15;
    public static final int REGION_SAME_AREA = 5;
    public static final int LANGUAGE = 10;
    public static final int LOAD = 10;

    /** Tohoku's six prefectures and Niigata: the platform's region (see the domain brief). */
    private static final Set<String> REGION = Set.of("Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima",
            "Niigata");

    private FitScorer() {
    }

    /**
     * Hard rules: the mentor takes teams now, is not from the team's institution, declared no conflict
     * with the institution or the team, and is not excluded for this team. Capacity is the caller's
     * business (it depends on the other teams of a batch).
     */
    public static boolean eligible(TeamNeeds team, MentorCandidate mentor) {
        if (!mentor.available() || team.excludedMentors().contains(mentor.id())) {
            return false;
        }
        if (team.institutionCode() != null && (team.institutionCode().equals(mentor.institutionCode())
                || mentor.conflictInstitutions().contains(team.institutionCode()))) {
            return false;
        }
        return !mentor.conflictTeams().contains(team.mentee().reference());
    }

    /** The fit without the load part. */
    public static FitScore baseFit(TeamNeeds team, MentorCandidate mentor) {
        int field = team.fieldCode() != null && mentor.fieldCodes().contains(team.fieldCode()) ? FIELD : 0;
        int stage = 0;
        if (team.stage() != null) {
            if (mentor.stages().contains(team.stage())) {
                stage = STAGE_EXACT;
            } else if (mentor.stages().stream().anyMatch(s -> Math.abs(s.ordinal() - team.stage().ordinal()) == 1)) {
                stage = STAGE_NEIGHBOUR;
            }
        }
        int region = 0;
        if (team.prefecture() != null && team.prefecture().equals(mentor.prefecture())) {
            region = REGION_SAME_PREFECTURE;
        } else if (REGION.contains(team.prefecture()) && REGION.contains(mentor.prefecture())) {
            region = REGION_SAME_AREA;
        }
        int language = team.language() != null && mentor.languages().contains(team.language()) ? LANGUAGE : 0;
        return new FitScore(field, stage, region, language, 0);
    }

    /**
     * The load-balance points of the mentor's {@code extra}-th additional team (0 = the next one): the
     * fuller the mentor, the fewer points. Never increases with {@code extra}, which makes the
     * expanded capacity graph's slot costs convex and spreads teams over mentors.
     */
    public static int loadPoints(MentorCandidate mentor, int extra) {
        if (mentor.capacity() <= 0) {
            return 0;
        }
        int free = mentor.capacity() - mentor.load() - extra;
        return Math.max(0, LOAD * free / mentor.capacity());
    }

    public static FitScore fit(TeamNeeds team, MentorCandidate mentor, int extra) {
        FitScore base = baseFit(team, mentor);
        return new FitScore(base.field(), base.stage(), base.region(), base.language(), loadPoints(mentor, extra));
    }
}
