package jp.mebuki.core.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.shared.NotFoundException;

/** Looks up and registers platform users. */
@Service
public class UserDirectory {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    UserDirectory(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public UserAccount require(UserId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional(readOnly = true)
    public UserAccount requireByUsername(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    /** Enabled users holding the role, ordered by username. */
    @Transactional(readOnly = true)
    public List<UserAccount> withRole(Role role) {
        return accounts.findEnabledByRole(role.name());
    }

    /** Every user, enabled or not, ordered by username (the platform has hundreds, not millions). */
    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional
    public UserAccount register(String username, String rawPassword, String displayName, String email,
            String institutionCode, String preferredLocale, Set<Role> roles, Set<String> fieldCodes) {
        return registerWithPasswordHash(username, hashPassword(rawPassword), displayName, email, institutionCode,
                preferredLocale, roles, fieldCodes);
    }

    /** The stored form of a password (the platform's encoder: BCrypt, ~0.1 s of CPU per call by design). */
    public String hashPassword(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    /**
     * Registers a user whose password was hashed by {@link #hashPassword}: lets users who share one password
     * (the demo users) share one hash instead of paying BCrypt's cost once per user.
     */
    @Transactional
    public UserAccount registerWithPasswordHash(String username, String passwordHash, String displayName,
            String email, String institutionCode, String preferredLocale, Set<Role> roles, Set<String> fieldCodes) {
        return accounts.save(UserAccount.create(username, passwordHash, displayName, email, institutionCode,
                preferredLocale, roles, fieldCodes));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
