package jp.mebuki.core.mentor;

import java.util.List;

import jp.mebuki.core.user.UserId;

/**
 * An assignment of mentors to teams. The objective is lexicographic: as many teams matched as
 * possible, then the largest total fit.
 */
public record MatchingResult(List<ProposedMatch> matches, List<Mentee> unmatched) {

    public MatchingResult {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    /** A mentor for one team, with the score parts that explain the choice. */
    public record ProposedMatch(Mentee mentee, UserId mentorId, FitScore fit) {
    }

    public int totalFit() {
        return matches.stream().mapToInt(m -> m.fit().total()).sum();
    }

    /** Matched teams first, total fit second, as one comparable number. */
    public long objective() {
        return (long) matches.size() * (FitScore.MAX + 1) * 1_000_000L + totalFit();
    }
}
