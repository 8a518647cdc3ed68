package jp.mebuki.web.mentoring;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.mentor.ConflictKind;
import jp.mebuki.core.programme.GrowthStage;

/** A mentor's profile with their current number of teams (offered or mentored). */
@Schema(name = "MentorProfile")
record MentorProfileView(
        long userId,
        String username,
        String displayName,
        Set<String> fieldCodes,
        Set<GrowthStage> stages,
        String prefecture,
        Set<String> languages,
        int capacity,
        int currentLoad,
        boolean available,
        String institutionCode,
        boolean alumniFounder,
        String bio,
        List<ConflictView> conflicts) {

    @Schema(name = "MentorConflict")
    record ConflictView(ConflictKind kind, String reference, String reason) {
    }
}
