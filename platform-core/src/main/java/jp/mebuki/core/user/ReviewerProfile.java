package jp.mebuki.core.user;

import java.util.Set;

/**
 * What reviewer selection needs to know about an enabled reviewer: who, from where, which fields. Read
 * for all reviewers in one query ({@link UserDirectory#reviewerProfiles()}), where loading every
 * reviewer's account aggregate would cost two more queries per reviewer on every submission.
 */
public record ReviewerProfile(UserId id, String username, String institutionCode, Set<String> fieldCodes) {

    public ReviewerProfile {
        fieldCodes = Set.copyOf(fieldCodes);
    }

    /** The same reviewer with the fields of both (the query returns one row per field). */
    ReviewerProfile withFieldsOf(ReviewerProfile other) {
        Set<String> both = new java.util.HashSet<>(fieldCodes);
        both.addAll(other.fieldCodes);
        return new ReviewerProfile(id, username, institutionCode, both);
    }
}
