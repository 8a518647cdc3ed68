package jp.mebuki.core.mentor;

import java.util.Set;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/** Small builders for matcher tests. */
final class Mentors {

    private Mentors() {
    }

    static MentorCandidate mentor(long id, String field, GrowthStage stage, String prefecture, int capacity, int load) {
        return new MentorCandidate(new UserId(id), Set.of(field), Set.of(stage), prefecture, Set.of("ja"), capacity,
                load, true, null, Set.of(), Set.of());
    }

    static TeamNeeds team(long id, String field, GrowthStage stage, String prefecture) {
        return new TeamNeeds(new Mentee(MenteeKind.GAP_FUND_APPLICATION, id), field, stage, "inst-" + id, prefecture,
                "ja", Set.of());
    }
}
