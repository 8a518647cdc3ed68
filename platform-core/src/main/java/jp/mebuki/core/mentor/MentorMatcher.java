package jp.mebuki.core.mentor;

import java.util.List;

/**
 * Assigns mentors to a batch of teams: every team gets at most one mentor, no mentor more teams than
 * their free slots, no pair that {@link FitScorer#eligible} forbids; among those assignments one that
 * matches the most teams and, among those, has the largest total fit (with the load-balance points of
 * the slot each team takes). A single team is a batch of one.
 */
public interface MentorMatcher {

    MatchingResult match(List<TeamNeeds> teams, List<MentorCandidate> mentors);
}
