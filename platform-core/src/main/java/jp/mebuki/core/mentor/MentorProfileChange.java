package jp.mebuki.core.mentor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
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
        // nulls inside the collections are kept so that validation can name them (400, not 500)
        fieldCodes = fieldCodes == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(fieldCodes));
        stages = stages == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(stages));
        languages = languages == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(languages));
        conflicts = conflicts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(conflicts));
    }
}
