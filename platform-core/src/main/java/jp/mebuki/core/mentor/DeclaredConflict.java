package jp.mebuki.core.mentor;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A conflict of interest a mentor declares in advance: with an institution (its code) or with a team
 * ({@link Mentee#reference()}). The matcher never proposes a mentor to a conflicted team.
 */
@Table("mentor_profile_conflict")
public record DeclaredConflict(ConflictKind kind, String reference, String reason) {
}
