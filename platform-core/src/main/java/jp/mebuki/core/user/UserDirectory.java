package jp.mebuki.core.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.shared.TransactionMemo;

/** Looks up and registers platform users. */
@Service
public class UserDirectory {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final TransactionMemo<UserId, UserAccount> memo = new TransactionMemo<>("user accounts");
    /**
     * Usernames by id, kept by each node: a username never changes (accounts are registered, never renamed) and
     * an id is never reused, so no node can hold a stale one. A task's assignee is looked up on every task.
     */
    private final Cache<UserId, String> usernames = Caffeine.newBuilder().maximumSize(20_000).build();

    UserDirectory(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** Read once per transaction (a submission notifies three reviewers and assigns their tasks by name). */
    @Transactional(readOnly = true)
    public UserAccount require(UserId id) {
        UserAccount account = memo.get(id, () -> accounts.findById(id).orElse(null));
        if (account == null) {
            throw new NotFoundException("user", id);
        }
        return account;
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

    /** Just the username (a task's assignee): one column, where the account aggregate takes three queries. */
    @Transactional(readOnly = true)
    public String usernameOf(UserId id) {
        UserAccount known = memo.peek(id);
        if (known != null) {
            return known.username();
        }
        return usernames.get(id, unknown -> jdbc.sql("select username from app_user where id = ?").param(unknown.value())
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("user", unknown)));
    }

    /** Mail address and language (a notification): one row, where the account aggregate takes three queries. */
    @Transactional(readOnly = true)
    public MailRecipient mailRecipientOf(UserId id) {
        UserAccount known = memo.peek(id);
        if (known != null) {
            return new MailRecipient(known.email(), known.preferredLocale());
        }
        return jdbc.sql("select email, preferred_locale from app_user where id = ?").param(id.value())
                .query((row, n) -> new MailRecipient(row.getString("email"), row.getString("preferred_locale")))
                .optional().orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Every enabled reviewer with institution and fields, ordered by username: one query for all of them. */
    @Transactional(readOnly = true)
    public List<ReviewerProfile> reviewerProfiles() {
        Map<UserId, ReviewerProfile> byId = new LinkedHashMap<>();
        jdbc.sql("select u.id, u.username, u.institution_code, f.field_code from app_user u"
                + " join app_user_role r on r.app_user = u.id and r.role = :role"
                + " left join app_user_field f on f.app_user = u.id"
                + " where u.enabled = true order by u.username, f.field_code")
                .param("role", Role.REVIEWER.name())
                .query((row, n) -> new ReviewerFieldRow(row.getLong("id"), row.getString("username"),
                        row.getString("institution_code"), row.getString("field_code")))
                .list()
                .forEach(row -> byId.merge(new UserId(row.id()), row.toProfile(), ReviewerProfile::withFieldsOf));
        return List.copyOf(byId.values());
    }

    /** One row of the reviewer query: a reviewer with one of their fields (or none). */
    record ReviewerFieldRow(long id, String username, String institutionCode, String fieldCode) {

        ReviewerProfile toProfile() {
            return new ReviewerProfile(new UserId(id), username, institutionCode,
                    fieldCode == null ? Set.of() : Set.of(fieldCode));
        }
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
        UserAccount saved = accounts.save(UserAccount.create(username, passwordHash, displayName, email,
                institutionCode, preferredLocale, roles, fieldCodes));
        return memo.put(saved.id(), saved);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
