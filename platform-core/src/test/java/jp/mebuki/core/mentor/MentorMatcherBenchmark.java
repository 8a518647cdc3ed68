package jp.mebuki.core.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.mentor.MatchingResult.ProposedMatch;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * The matcher benchmark of issue 4: 1,000 teams against 300 mentors (capacity 3–5, some load, some
 * unavailable, conflicts), dense fits. Run only in the {@code bench} profile on one core:
 * {@code ./mvnw -B -pl platform-core -am -Pbench verify -Dtest=MentorMatcherBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the first (cold, native library loading) and warm times and the peak heap; asserts only that
 * every assignment is valid, never a time.
 */
class MentorMatcherBenchmark {

    private static final List<String> FIELDS = List.of("AI", "QUANTUM", "FUSION", "MATERIALS", "BIO", "HEALTH_MEDICAL",
            "LIFE_SCIENCE", "SPACE", "OCEAN", "FOOD_AGRI", "ENVIRONMENT_ENERGY", "DISASTER_INFRA", "MOBILITY",
            "ROBOTICS_DRONES", "NEXT_GEN_NETWORKS", "SEMICONDUCTORS");
    private static final List<String> PREFECTURES = List.of("Aomori", "Iwate", "Miyagi", "Akita", "Yamagata",
            "Fukushima", "Niigata", "Tokyo");
    private static final int TEAMS = 1_000;
    private static final int MENTORS = 300;
    private static final int WARM_RUNS = 10;

    @Test
    void matchesAThousandTeamsToThreeHundredMentors() {
        Random random = new Random(20261125L);
        List<TeamNeeds> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            teams.add(new TeamNeeds(new Mentee(MenteeKind.GAP_FUND_APPLICATION, i + 1L), pick(random, FIELDS),
                    GrowthStage.values()[random.nextInt(4)], "inst-" + random.nextInt(22), pick(random, PREFECTURES),
                    random.nextInt(10) == 0 ? "en" : "ja", Set.of()));
        }
        List<MentorCandidate> mentors = new ArrayList<>();
        for (int j = 0; j < MENTORS; j++) {
            int capacity = 3 + random.nextInt(3);
            mentors.add(new MentorCandidate(new UserId(10_000L + j), twoOf(pick(random, FIELDS), pick(random, FIELDS)),
                    twoOf(GrowthStage.values()[random.nextInt(4)], GrowthStage.values()[random.nextInt(4)]),
                    pick(random, PREFECTURES), random.nextInt(4) == 0 ? Set.of("ja", "en") : Set.of("ja"), capacity,
                    random.nextInt(2), random.nextInt(20) != 0,
                    random.nextInt(3) == 0 ? "inst-" + random.nextInt(22) : null,
                    random.nextInt(5) == 0 ? Set.of("inst-" + random.nextInt(22)) : Set.of(),
                    random.nextInt(5) == 0 ? Set.of("GAP_FUND_APPLICATION:" + (1 + random.nextInt(TEAMS))) : Set.of()));
        }
        MentorMatcher matcher = new MinCostFlowMentorMatcher();

        resetPeakHeap();
        long start = System.nanoTime();
        MatchingResult first = matcher.match(teams, mentors);
        long coldNanos = System.nanoTime() - start;
        long[] warm = new long[WARM_RUNS];
        MatchingResult last = first;
        for (int run = 0; run < WARM_RUNS; run++) {
            long t0 = System.nanoTime();
            last = matcher.match(teams, mentors);
            warm[run] = System.nanoTime() - t0;
        }
        long peakHeap = peakHeapBytes();
        java.util.Arrays.sort(warm);

        int slots = mentors.stream().mapToInt(MentorCandidate::freeSlots).sum();
        System.out.printf("%nMentorMatcherBenchmark: %d teams x %d mentors (%d free slots), %d processors%n",
                TEAMS, MENTORS, slots, Runtime.getRuntime().availableProcessors());
        System.out.printf("  first call (loads OR-tools natives): %d ms%n", coldNanos / 1_000_000);
        System.out.printf("  warm: median %d ms, min %d ms, max %d ms over %d runs%n", warm[WARM_RUNS / 2] / 1_000_000,
                warm[0] / 1_000_000, warm[WARM_RUNS - 1] / 1_000_000, WARM_RUNS);
        System.out.printf("  matched %d teams, total fit %d, peak heap %d MiB%n", last.matches().size(),
                last.totalFit(), peakHeap / (1024 * 1024));

        assertThat(last.totalFit()).isEqualTo(first.totalFit());
        assertThat(last.matches()).isNotEmpty().hasSizeLessThanOrEqualTo(Math.min(TEAMS, slots));
        Map<UserId, Integer> load = new HashMap<>();
        Map<UserId, MentorCandidate> byId = new HashMap<>();
        mentors.forEach(m -> byId.put(m.id(), m));
        for (ProposedMatch match : last.matches()) {
            load.merge(match.mentorId(), 1, Integer::sum);
            assertThat(FitScorer.eligible(teams.get((int) match.mentee().id() - 1), byId.get(match.mentorId()))).isTrue();
        }
        load.forEach((mentor, n) -> assertThat(n).isLessThanOrEqualTo(byId.get(mentor).freeSlots()));
        assertThat(last.objective()).isGreaterThanOrEqualTo(new GreedyMentorMatcher().match(teams, mentors).objective());
    }

    private static <T> Set<T> twoOf(T a, T b) {
        return a.equals(b) ? Set.of(a) : Set.of(a, b);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
