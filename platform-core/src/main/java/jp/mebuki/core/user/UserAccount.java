package jp.mebuki.core.user;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in. Passwords are stored only as BCrypt hashes. */
@Table("app_user")
public record UserAccount(
        @Id UserId id,
        String username,
        String passwordHash,
        String displayName,
        String email,
        String institutionCode,
        String preferredLocale,
        boolean enabled,
        @MappedCollection(idColumn = "app_user") Set<RoleGrant> roleGrants,
        @MappedCollection(idColumn = "app_user") Set<FieldTag> fieldTags,
        @Version Integer version) {

    /** A role held by the user (row of {@code app_user_role}). */
    @Table("app_user_role")
    public record RoleGrant(Role role) {
    }

    /** A technology field the user knows (row of {@code app_user_field}). */
    @Table("app_user_field")
    public record FieldTag(String fieldCode) {
    }

    public static UserAccount create(String username, String passwordHash, String displayName, String email,
            String institutionCode, String preferredLocale, Set<Role> roles, Set<String> fieldCodes) {
        return new UserAccount(null, username, passwordHash, displayName, email, institutionCode, preferredLocale,
                true, roles.stream().map(RoleGrant::new).collect(Collectors.toSet()),
                fieldCodes.stream().map(FieldTag::new).collect(Collectors.toSet()), null);
    }

    public Set<Role> roles() {
        return roleGrants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> fieldCodes() {
        return fieldTags.stream().map(FieldTag::fieldCode).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return roleGrants.stream().anyMatch(grant -> grant.role() == role);
    }
}
