package jp.mebuki.core.mentor;

import java.util.Set;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * What a team needs from a mentor, and whom it must not get.
 *
 * @param prefecture       where the team works (its institution's prefecture), may be {@code null}
 * @param language         the language the team prefers to be mentored in ({@code ja}, {@code en})
 * @param excludedMentors  mentors who must not be proposed again (declined, timed out, the team's own member)
 */
public record TeamNeeds(
        Mentee mentee,
        String fieldCode,
        GrowthStage stage,
        String institutionCode,
        String prefecture,
        String language,
        Set<UserId> excludedMentors) {

    public TeamNeeds {
        excludedMentors = excludedMentors == null ? Set.of() : Set.copyOf(excludedMentors);
    }
}
