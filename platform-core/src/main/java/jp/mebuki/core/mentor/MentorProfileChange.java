package jp.mebuki.core.mentor;

import java.util.List;
import java.util.Set;

import jp.mebuki.core.programme.GrowthStage;

/** A mentor profile as written by the mentor (or loaded as demo data); checked by {@link MentorProfileService}. */
public record MentorProfileChange(
        Set<String> fieldCodes,
        Set<GrowthStage> stages,
        String prefecture,
        Set<String> languages,
        Integer capacity,
        boolean available,
        String institutionCode,
        boolean alumniFounder,
        String bio,
        List<DeclaredConflict> conflicts) {

    public MentorProfileChange {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
