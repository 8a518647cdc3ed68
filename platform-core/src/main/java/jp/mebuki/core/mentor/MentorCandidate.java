package jp.mebuki.core.mentor;

import java.util.Set;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * A mentor as the matcher sees them: profile plus current load (teams offered to or mentored by them).
 *
 * @param conflictInstitutions institution codes the mentor declared a conflict with
 * @param conflictTeams        {@link Mentee#reference()}s the mentor declared a conflict with
 */
public record MentorCandidate(
        UserId id,
        Set<String> fieldCodes,
        Set<GrowthStage> stages,
        String prefecture,
        Set<String> languages,
        int capacity,
        int load,
        boolean available,
        String institutionCode,
        Set<String> conflictInstitutions,
        Set<String> conflictTeams) {

    public MentorCandidate {
        fieldCodes = Set.copyOf(fieldCodes);
        stages = Set.copyOf(stages);
        languages = Set.copyOf(languages);
        conflictInstitutions = Set.copyOf(conflictInstitutions);
        conflictTeams = Set.copyOf(conflictTeams);
    }

    /** How many more teams the mentor can take now. */
    public int freeSlots() {
        return available ? Math.max(0, capacity - load) : 0;
    }
}
