package jp.mebuki.core.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever the pool and the teams: capacity and conflicts hold, and greedy never does better. */
class MentorMatcherPropertyTest {

    private static final List<String> FIELDS = List.of("AI", "BIO", "MATERIALS", "ROBOTICS_DRONES");
    private static final List<String> PREFECTURES = List.of("Miyagi", "Iwate", "Tokyo");
    private static final List<String> INSTITUTIONS = List.of("tohoku-u", "iwate-u", "akita-u");

    final MentorMatcher matcher = new MinCostFlowMentorMatcher();

    @Property(tries = 300)
    void respectsCapacityAndConflictsAndNeverLosesToGreedy(@ForAll("teams") @Size(max = 25) List<TeamNeeds> teams,
            @ForAll("mentors") @Size(max = 12) List<MentorCandidate> mentors) {
        List<TeamNeeds> distinct = distinctTeams(teams);
        List<MentorCandidate> pool = distinctMentors(mentors);

        MatchingResult optimal = matcher.match(distinct, pool);
        MatchingResult greedy = new GreedyMentorMatcher().match(distinct, pool);

        Map<UserId, MentorCandidate> byId = new HashMap<>();
        pool.forEach(m -> byId.put(m.id(), m));
        Map<Mentee, TeamNeeds> teamOf = new HashMap<>();
        distinct.forEach(t -> teamOf.put(t.mentee(), t));
        Map<UserId, Integer> assigned = new HashMap<>();
        Set<Mentee> seen = new HashSet<>();
        for (ProposedMatch match : optimal.matches()) {
            MentorCandidate mentor = byId.get(match.mentorId());
            TeamNeeds team = teamOf.get(match.mentee());
            assertThat(seen.add(match.mentee())).as("one mentor per team").isTrue();
            assertThat(FitScorer.eligible(team, mentor)).as("%s may mentor %s", mentor.id(), team.mentee()).isTrue();
            assertThat(mentor.institutionCode()).isNotEqualTo(team.institutionCode());
            assertThat(mentor.conflictInstitutions()).doesNotContain(team.institutionCode());
            assertThat(mentor.conflictTeams()).doesNotContain(team.mentee().reference());
            assigned.merge(mentor.id(), 1, Integer::sum);
        }
        assigned.forEach((mentor, count) -> assertThat(count).as("teams of %s", mentor)
                .isLessThanOrEqualTo(byId.get(mentor).freeSlots()));
        assertThat(optimal.matches().size() + optimal.unmatched().size()).isEqualTo(distinct.size());
        assertThat(optimal.matches().size()).isGreaterThanOrEqualTo(greedy.matches().size());
        assertThat(optimal.objective()).isGreaterThanOrEqualTo(greedy.objective());
    }

    @Provide
    Arbitrary<List<TeamNeeds>> teams() {
        Arbitrary<TeamNeeds> team = Combinators.combine(Arbitraries.longs().between(1, 60),
                Arbitraries.of(FIELDS), Arbitraries.of(GrowthStage.class), Arbitraries.of(INSTITUTIONS),
                Arbitraries.of(PREFECTURES), Arbitraries.of("ja", "en"), Arbitraries.longs().between(1, 12).set().ofMaxSize(2))
                .as((id, field, stage, institution, prefecture, language, excluded) -> new TeamNeeds(
                        new Mentee(MenteeKind.GAP_FUND_APPLICATION, id), field, stage, institution, prefecture,
                        language, excluded.stream().map(UserId::new).collect(java.util.stream.Collectors.toSet())));
        return team.list();
    }

    @Provide
    Arbitrary<List<MentorCandidate>> mentors() {
        Arbitrary<MentorCandidate> mentor = Combinators.combine(Arbitraries.longs().between(1, 12),
                Arbitraries.of(FIELDS).set().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(GrowthStage.class).set().ofMinSize(1).ofMaxSize(2), Arbitraries.of(PREFECTURES),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3),
                Arbitraries.of(INSTITUTIONS).injectNull(0.3),
                Arbitraries.of(INSTITUTIONS).set().ofMaxSize(1))
                .as((id, fields, stages, prefecture, capacity, load, institution, conflicts) -> new MentorCandidate(
                        new UserId(id), fields, stages, prefecture, Set.of("ja"), capacity, Math.min(load, capacity),
                        id % 7 != 0, institution, conflicts, id % 5 == 0 ? Set.of("GAP_FUND_APPLICATION:" + id) : Set.of()));
        return mentor.list();
    }

    private static List<TeamNeeds> distinctTeams(List<TeamNeeds> teams) {
        Set<Mentee> seen = new HashSet<>();
        List<TeamNeeds> distinct = new ArrayList<>();
        teams.stream().filter(t -> seen.add(t.mentee())).forEach(distinct::add);
        return distinct;
    }

    private static List<MentorCandidate> distinctMentors(List<MentorCandidate> mentors) {
        Set<UserId> seen = new HashSet<>();
        List<MentorCandidate> distinct = new ArrayList<>();
        mentors.stream().filter(m -> seen.add(m.id())).forEach(distinct::add);
        return distinct;
    }
}
