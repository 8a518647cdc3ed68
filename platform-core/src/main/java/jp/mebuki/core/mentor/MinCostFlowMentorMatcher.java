package jp.mebuki.core.mentor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;

/**
 * The optimal matcher: a min-cost max-flow (OR-tools {@code SimpleMinCostFlow}) on the expanded
 * capacity graph source → team (capacity 1) → mentor (one arc per eligible pair) → sink, where each
 * mentor has one arc per free slot whose cost grows with the slot (load balance: the k-th extra team of
 * a mentor earns fewer load points). Maximum flow first (as many teams matched as possible), then
 * minimum cost = maximum total fit. The solver is deterministic: the same teams and mentors in the same
 * order give the same assignment.
 */
@Component
class MinCostFlowMentorMatcher implements MentorMatcher {

    private static volatile boolean nativesLoaded;

    @Override
    public MatchingResult match(List<TeamNeeds> teams, List<MentorCandidate> mentors) {
        if (teams.isEmpty()) {
            return new MatchingResult(List.of(), List.of());
        }
        loadNatives();
        int t = teams.size();
        int m = mentors.size();
        int source = 0;
        int sink = t + m + 1;

        MinCostFlow flow = new MinCostFlow();
        try {
            for (int i = 0; i < t; i++) {
                flow.addArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
            }
            List<int[]> pairArcs = new ArrayList<>();
            for (int i = 0; i < t; i++) {
                TeamNeeds team = teams.get(i);
                for (int j = 0; j < m; j++) {
                    MentorCandidate mentor = mentors.get(j);
                    if (mentor.freeSlots() == 0 || !FitScorer.eligible(team, mentor)) {
                        continue;
                    }
                    long cost = FitScore.MAX - FitScorer.LOAD - FitScorer.baseFit(team, mentor).base();
                    int arc = flow.addArcWithCapacityAndUnitCost(1 + i, 1 + t + j, 1, cost);
                    pairArcs.add(new int[] { arc, i, j });
                }
            }
            for (int j = 0; j < m; j++) {
                MentorCandidate mentor = mentors.get(j);
                int slots = Math.min(mentor.freeSlots(), t);
                for (int k = 0; k < slots; k++) {
                    long cost = FitScorer.LOAD - FitScorer.loadPoints(mentor, k);
                    flow.addArcWithCapacityAndUnitCost(1 + t + j, sink, 1, cost);
                }
            }
            flow.setNodeSupply(source, t);
            flow.setNodeSupply(sink, -t);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("mentor matching failed: " + status);
            }
            return resultOf(teams, mentors, flow, pairArcs);
        } finally {
            flow.delete();
        }
    }

    private static MatchingResult resultOf(List<TeamNeeds> teams, List<MentorCandidate> mentors, MinCostFlow flow,
            List<int[]> pairArcs) {
        int t = teams.size();
        int[] mentorOf = new int[t];
        java.util.Arrays.fill(mentorOf, -1);
        for (int[] pair : pairArcs) {
            if (flow.getFlow(pair[0]) > 0) {
                mentorOf[pair[1]] = pair[2];
            }
        }
        // the load points of a mentor's k-th extra team go to its teams in a stable order
        int[] slotsUsed = new int[mentors.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> teams.get(i).mentee().kind())
                .thenComparingLong(i -> teams.get(i).mentee().id()));
        ProposedMatch[] matched = new ProposedMatch[t];
        for (int i : order) {
            int j = mentorOf[i];
            if (j >= 0) {
                MentorCandidate mentor = mentors.get(j);
                matched[i] = new ProposedMatch(teams.get(i).mentee(), mentor.id(),
                        FitScorer.fit(teams.get(i), mentor, slotsUsed[j]++));
            }
        }
        List<ProposedMatch> matches = new ArrayList<>();
        List<Mentee> unmatched = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            if (matched[i] != null) {
                matches.add(matched[i]);
            } else {
                unmatched.add(teams.get(i).mentee());
            }
        }
        return new MatchingResult(matches, unmatched);
    }

    /** OR-tools' native library is loaded once per JVM. */
    private static void loadNatives() {
        if (!nativesLoaded) {
            synchronized (MinCostFlowMentorMatcher.class) {
                if (!nativesLoaded) {
                    Loader.loadNativeLibraries();
                    nativesLoaded = true;
                }
            }
        }
    }
}
