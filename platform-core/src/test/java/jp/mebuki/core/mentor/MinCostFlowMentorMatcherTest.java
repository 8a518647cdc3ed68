package jp.mebuki.core.mentor;

import static jp.mebuki.core.mentor.Mentors.mentor;
import static jp.mebuki.core.mentor.Mentors.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/** Small cases whose optimum is worked out by hand in each test's comment. */
class MinCostFlowMentorMatcherTest {

    final MentorMatcher matcher = new MinCostFlowMentorMatcher();

    @Test
    void givesTheOnlyFieldExpertToTheTeamThatNeedsItRatherThanToTheFirstTeam() {
        // mentor 1 knows AI and BIO-free; mentor 2 knows BIO. Team 10 (AI) can only profit from mentor 1;
        // team 11 (BIO) from mentor 2. Each has capacity 1. Greedy in order would do the same here, so add
        // a twist: mentor 1 also fits team 11's stage better. Optimum: 10→1, 11→2.
        MentorCandidate m1 = mentor(1, "AI", GrowthStage.EARLY, "Miyagi", 1, 0);
        MentorCandidate m2 = mentor(2, "BIO", GrowthStage.SEED, "Miyagi", 1, 0);
        TeamNeeds t10 = team(10, "AI", GrowthStage.SEED, "Miyagi");
        TeamNeeds t11 = team(11, "BIO", GrowthStage.EARLY, "Miyagi");

        MatchingResult result = matcher.match(List.of(t11, t10), List.of(m1, m2));

        // 10→1: field 40 + stage 10 (neighbour) + region 15 + language 10 + load 10 = 85
        // 11→2: field 40 + stage 10 + 15 + 10 + 10 = 85; the swap would give 0+25+15+10+10 + 0+25+... = 60+60
        assertThat(mentorsOf(result)).containsExactlyInAnyOrderEntriesOf(Map.of(10L, 1L, 11L, 2L));
        assertThat(result.totalFit()).isEqualTo(170);
    }

    @Test
    void beatsTheGreedyOrderWhenTheFirstTeamWouldTakeTheContestedMentor() {
        // Team 1 fits mentor A (100) and mentor B (90); team 2 fits only mentor A (100), B is its own
        // institution. Greedy in order: 1→A, 2 unmatched. Optimum: 1→B (90), 2→A (100).
        MentorCandidate a = mentor(100, "AI", GrowthStage.SEED, "Miyagi", 1, 0);
        MentorCandidate b = new MentorCandidate(new UserId(200), Set.of("AI"), Set.of(GrowthStage.SEED), "Iwate",
                Set.of("ja"), 1, 0, true, "inst-2", Set.of(), Set.of());
        TeamNeeds t1 = team(1, "AI", GrowthStage.SEED, "Miyagi");
        TeamNeeds t2 = team(2, "AI", GrowthStage.SEED, "Miyagi");

        MatchingResult optimal = matcher.match(List.of(t1, t2), List.of(a, b));
        MatchingResult greedy = new GreedyMentorMatcher().match(List.of(t1, t2), List.of(a, b));

        assertThat(mentorsOf(optimal)).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 200L, 2L, 100L));
        assertThat(optimal.totalFit()).isEqualTo(90 + 100);
        assertThat(greedy.matches()).hasSize(1);
        assertThat(optimal.objective()).isGreaterThan(greedy.objective());
    }

    @Test
    void spreadsTeamsOverMentorsThroughTheLoadPointsOfEachSlot() {
        // Two identical mentors with capacity 2, two identical teams. Both teams with one mentor:
        // load 10 + 5 = 15; one team each: 10 + 10 = 20. Optimum spreads them.
        MentorCandidate m1 = mentor(1, "AI", GrowthStage.SEED, "Miyagi", 2, 0);
        MentorCandidate m2 = mentor(2, "AI", GrowthStage.SEED, "Miyagi", 2, 0);

        MatchingResult result = matcher.match(List.of(team(1, "AI", GrowthStage.SEED, "Miyagi"),
                team(2, "AI", GrowthStage.SEED, "Miyagi")), List.of(m1, m2));

        assertThat(result.matches()).extracting(ProposedMatch::mentorId).doesNotHaveDuplicates();
        assertThat(result.matches()).allSatisfy(m -> assertThat(m.fit().load()).isEqualTo(10));
        assertThat(result.totalFit()).isEqualTo(200);
    }

    @Test
    void neverProposesAMentorFromTheTeamsInstitutionOrWithADeclaredConflict() {
        TeamNeeds t = team(7, "AI", GrowthStage.SEED, "Miyagi");
        MentorCandidate sameInstitution = new MentorCandidate(new UserId(1), Set.of("AI"), Set.of(GrowthStage.SEED),
                "Miyagi", Set.of("ja"), 3, 0, true, "inst-7", Set.of(), Set.of());
        MentorCandidate conflictedWithInstitution = new MentorCandidate(new UserId(2), Set.of("AI"),
                Set.of(GrowthStage.SEED), "Miyagi", Set.of("ja"), 3, 0, true, null, Set.of("inst-7"), Set.of());
        MentorCandidate conflictedWithTeam = new MentorCandidate(new UserId(3), Set.of("AI"), Set.of(GrowthStage.SEED),
                "Miyagi", Set.of("ja"), 3, 0, true, null, Set.of(), Set.of("GAP_FUND_APPLICATION:7"));
        MentorCandidate unavailable = new MentorCandidate(new UserId(4), Set.of("AI"), Set.of(GrowthStage.SEED),
                "Miyagi", Set.of("ja"), 3, 0, false, null, Set.of(), Set.of());
        MentorCandidate full = mentor(5, "AI", GrowthStage.SEED, "Miyagi", 2, 2);
        MentorCandidate weakButAllowed = mentor(6, "BIO", GrowthStage.LATER, "Tokyo", 1, 0);

        MatchingResult result = matcher.match(List.of(t),
                List.of(sameInstitution, conflictedWithInstitution, conflictedWithTeam, unavailable, full,
                        weakButAllowed));

        // the only allowed mentor: field 0 + stage 0 + region 0 + language 10 + load 10
        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.mentorId()).isEqualTo(new UserId(6));
            assertThat(m.fit()).isEqualTo(new FitScore(0, 0, 0, 10, 10));
        });
    }

    @Test
    void leavesATeamUnmatchedWhenNoMentorIsAllowedAndExplainsEveryMatch() {
        TeamNeeds t1 = team(1, "AI", GrowthStage.SEED, "Miyagi");
        TeamNeeds t2 = new TeamNeeds(new Mentee(MenteeKind.SBIR_PROJECT, 2), "AI", GrowthStage.SEED, "inst-2",
                "Miyagi", "ja", Set.of(new UserId(1)));

        MatchingResult result = matcher.match(List.of(t1, t2), List.of(mentor(1, "AI", GrowthStage.SEED, "Miyagi", 2, 1)));

        assertThat(result.unmatched()).containsExactly(new Mentee(MenteeKind.SBIR_PROJECT, 2));
        // capacity 2, load 1: the next team earns 10 * (2 - 1) / 2 = 5 load points
        assertThat(result.matches()).singleElement()
                .satisfies(m -> assertThat(m.fit().explain()).isEqualTo(
                        "fit 95 = field 40 + stage 25 + region 15 + language 10 + load 5"));
    }

    @Test
    void matchesASingleTeamToItsBestMentor() {
        TeamNeeds t = team(1, "ROBOTICS_DRONES", GrowthStage.SEED, "Miyagi");
        List<MentorCandidate> pool = List.of(mentor(1, "AI", GrowthStage.SEED, "Miyagi", 2, 0),
                mentor(2, "ROBOTICS_DRONES", GrowthStage.EARLY, "Iwate", 2, 0),
                mentor(3, "ROBOTICS_DRONES", GrowthStage.SEED, "Iwate", 2, 1));

        MatchingResult result = matcher.match(List.of(t), pool);

        // 1: 0+25+15+10+10 = 60; 2: 40+10+5+10+10 = 75; 3: 40+25+5+10+5 = 85
        assertThat(result.matches()).singleElement().satisfies(m -> {
            assertThat(m.mentorId()).isEqualTo(new UserId(3));
            assertThat(m.fit().total()).isEqualTo(85);
        });
    }

    private static Map<Long, Long> mentorsOf(MatchingResult result) {
        return result.matches().stream().collect(Collectors.toMap(m -> m.mentee().id(), m -> m.mentorId().value()));
    }
}
