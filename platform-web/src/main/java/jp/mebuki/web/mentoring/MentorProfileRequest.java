package jp.mebuki.web.mentoring;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.mentor.ConflictKind;
import jp.mebuki.core.programme.GrowthStage;

/** A mentor's own profile as they write it; checked by the domain (400 naming the field). */
@Schema(name = "MentorProfileInput")
record MentorProfileRequest(
        Set<String> fieldCodes,
        Set<GrowthStage> stages,
        String prefecture,
        Set<String> languages,
        Integer capacity,
        boolean available,
        String institutionCode,
        boolean alumniFounder,
        String bio,
        List<ConflictRequest> conflicts) {

    @Schema(name = "MentorConflictInput")
    record ConflictRequest(ConflictKind kind, String reference, String reason) {
    }
}
