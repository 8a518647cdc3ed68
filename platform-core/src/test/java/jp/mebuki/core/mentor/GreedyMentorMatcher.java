package jp.mebuki.core.mentor;

import java.util.ArrayList;
import java.util.List;

import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;

/**
 * The baseline the optimal matcher must never lose to: teams in the given order, each takes the mentor
 * with the highest fit that is eligible and still has a free slot.
 */
final class GreedyMentorMatcher implements MentorMatcher {

    @Override
    public MatchingResult match(List<TeamNeeds> teams, List<MentorCandidate> mentors) {
        int[] used = new int[mentors.size()];
        List<ProposedMatch> matches = new ArrayList<>();
        List<Mentee> unmatched = new ArrayList<>();
        for (TeamNeeds team : teams) {
            int best = -1;
            FitScore bestFit = null;
            for (int j = 0; j < mentors.size(); j++) {
                MentorCandidate mentor = mentors.get(j);
                if (used[j] >= mentor.freeSlots() || !FitScorer.eligible(team, mentor)) {
                    continue;
                }
                FitScore fit = FitScorer.fit(team, mentor, used[j]);
                if (bestFit == null || fit.total() > bestFit.total()) {
                    best = j;
                    bestFit = fit;
                }
            }
            if (best < 0) {
                unmatched.add(team.mentee());
            } else {
                used[best]++;
                matches.add(new ProposedMatch(team.mentee(), mentors.get(best).id(), bestFit));
            }
        }
        return new MatchingResult(matches, unmatched);
    }
}
