package jp.mebuki.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserId;

/**
 * The signed-in user as Spring Security keeps it (also in the HTTP session): the domain's user id,
 * username and roles. Holds only serializable values; the domain account is looked up when needed.
 */
public final class PlatformUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;

    PlatformUser(UserAccount account) {
        this(account.id().value(), account.username(), account.passwordHash(), account.enabled(), account.roles());
    }

    private PlatformUser(long userId, String username, String passwordHash, boolean enabled, Set<Role> roles) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = Set.copyOf(roles);
    }

    /** The user a valid bearer token names ({@link ApiTokens}); it carries no password. */
    static PlatformUser fromToken(long userId, String username, Set<Role> roles) {
        return new PlatformUser(userId, username, null, true, roles);
    }

    public Set<Role> roles() {
        return roles;
    }

    public UserId userId() {
        return new UserId(userId);
    }

    /** The actor written to the audit trail and status history for this user's actions. */
    public Actor actor() {
        return Actor.user(username);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Programme managers and administrators see every application. */
    public boolean isStaff() {
        return hasRole(Role.PM) || hasRole(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformUser user && user.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "PlatformUser[" + username + " " + roles + "]";
    }
}
