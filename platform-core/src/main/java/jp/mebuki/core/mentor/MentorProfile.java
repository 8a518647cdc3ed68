package jp.mebuki.core.mentor;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * What the matcher knows about a mentor (a user with the MENTOR role): fields of expertise, the stages
 * of growth they support, their prefecture and languages, how many teams they take at once, whether
 * they take new teams now, their institution and declared conflicts, and whether they are an alumni
 * founder returning as a mentor.
 */
@Table("mentor_profile")
public record MentorProfile(
        @Id UserId userId,
        String prefecture,
        int capacity,
        boolean available,
        String institutionCode,
        boolean alumniFounder,
        String bio,
        @MappedCollection(idColumn = "mentor_profile") Set<FieldOfExpertise> fieldTags,
        @MappedCollection(idColumn = "mentor_profile") Set<SupportedStage> stageTags,
        @MappedCollection(idColumn = "mentor_profile") Set<SpokenLanguage> languageTags,
        @MappedCollection(idColumn = "mentor_profile") Set<DeclaredConflict> conflicts,
        @Version Integer version) {

    /** Row of {@code mentor_profile_field}. */
    @Table("mentor_profile_field")
    public record FieldOfExpertise(String fieldCode) {
    }

    /** Row of {@code mentor_profile_stage}. */
    @Table("mentor_profile_stage")
    public record SupportedStage(GrowthStage stage) {
    }

    /** Row of {@code mentor_profile_language}: an IETF language tag such as {@code ja} or {@code en}. */
    @Table("mentor_profile_language")
    public record SpokenLanguage(String languageCode) {
    }

    static MentorProfile of(UserId userId, Integer version, MentorProfileChange change) {
        return new MentorProfile(userId, change.prefecture(), change.capacity(), change.available(),
                change.institutionCode(), change.alumniFounder(), change.bio(),
                change.fieldCodes().stream().map(FieldOfExpertise::new).collect(Collectors.toSet()),
                change.stages().stream().map(SupportedStage::new).collect(Collectors.toSet()),
                change.languages().stream().map(SpokenLanguage::new).collect(Collectors.toSet()),
                new HashSet<>(change.conflicts()), version);
    }

    public Set<String> fieldCodes() {
        return fieldTags.stream().map(FieldOfExpertise::fieldCode).collect(Collectors.toUnmodifiableSet());
    }

    public Set<GrowthStage> stages() {
        return stageTags.stream().map(SupportedStage::stage).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> languages() {
        return languageTags.stream().map(SpokenLanguage::languageCode).collect(Collectors.toUnmodifiableSet());
    }

    /** The profile as the matcher sees it, with the mentor's current number of teams. */
    public MentorCandidate asCandidate(int currentLoad) {
        return new MentorCandidate(userId, fieldCodes(), stages(), prefecture, languages(), capacity, currentLoad,
                available, institutionCode,
                conflicts.stream().filter(c -> c.kind() == ConflictKind.INSTITUTION).map(DeclaredConflict::reference)
                        .collect(Collectors.toUnmodifiableSet()),
                conflicts.stream().filter(c -> c.kind() == ConflictKind.TEAM).map(DeclaredConflict::reference)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
