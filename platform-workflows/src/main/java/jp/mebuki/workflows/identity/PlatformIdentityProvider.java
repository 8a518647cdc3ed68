package jp.mebuki.workflows.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/**
 * The engine's view of the platform's users: enabled platform users are Camunda users (id = username),
 * their ADMIN and PM roles are Camunda groups ({@link WebappGroup}). Read-only: users and roles are
 * managed on the platform. Passwords are never checked here: the webapps are entered only through the
 * platform's own sign-in (single sign-on), so Camunda's login form accepts nobody.
 */
final class PlatformIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserDirectory users;

    PlatformIdentityProvider(UserDirectory users) {
        this.users = users;
    }

    // ------------------------------------------------------------------ users

    @Override
    public User findUserById(String userId) {
        return userId == null ? null : enabledUser(userId).map(PlatformIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PlatformUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PlatformUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("native user queries are not supported: platform users are not in the engine's tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    List<User> findUsers(PlatformUserQuery query) {
        Stream<UserAccount> accounts = query.getId() != null
                ? enabledUser(query.getId()).stream()
                : users.all().stream().filter(UserAccount::enabled);
        Predicate<UserAccount> matches = account -> true;
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            matches = matches.and(a -> ids.contains(a.username()));
        }
        if (query.getFirstName() != null) {
            matches = matches.and(a -> query.getFirstName().equals(a.displayName()));
        }
        if (query.getFirstNameLike() != null) {
            matches = matches.and(a -> like(query.getFirstNameLike(), a.displayName()));
        }
        if (query.getLastName() != null) {
            matches = matches.and(a -> query.getLastName().isEmpty());
        }
        if (query.getLastNameLike() != null) {
            matches = matches.and(a -> like(query.getLastNameLike(), ""));
        }
        if (query.getEmail() != null) {
            matches = matches.and(a -> query.getEmail().equalsIgnoreCase(a.email()));
        }
        if (query.getEmailLike() != null) {
            matches = matches.and(a -> like(query.getEmailLike(), a.email()));
        }
        if (query.getGroupId() != null) {
            Optional<WebappGroup> group = WebappGroup.byId(query.getGroupId());
            matches = matches.and(a -> group.isPresent() && a.hasRole(group.get().role()));
        }
        if (query.getTenantId() != null) {
            matches = matches.and(a -> false);
        }
        return accounts.filter(matches).map(PlatformIdentityProvider::toUser).toList();
    }

    // ------------------------------------------------------------------ groups

    @Override
    public Group findGroupById(String groupId) {
        return WebappGroup.byId(groupId).map(PlatformIdentityProvider::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new PlatformGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new PlatformGroupQuery();
    }

    List<Group> findGroups(PlatformGroupQuery query) {
        Stream<WebappGroup> groups = Arrays.stream(WebappGroup.values());
        if (query.getId() != null) {
            groups = groups.filter(g -> g.groupId().equals(query.getId()));
        }
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            groups = groups.filter(g -> ids.contains(g.groupId()));
        }
        if (query.getName() != null) {
            groups = groups.filter(g -> g.groupName().equals(query.getName()));
        }
        if (query.getNameLike() != null) {
            groups = groups.filter(g -> like(query.getNameLike(), g.groupName()));
        }
        if (query.getType() != null) {
            groups = groups.filter(g -> WebappGroup.TYPE.equals(query.getType()));
        }
        if (query.getUserId() != null) {
            List<WebappGroup> memberOf = enabledUser(query.getUserId())
                    .map(a -> WebappGroup.of(a.roles())).orElse(List.of());
            groups = groups.filter(memberOf::contains);
        }
        if (query.getTenantId() != null) {
            groups = groups.filter(g -> false);
        }
        return groups.map(PlatformIdentityProvider::toGroup).toList();
    }

    // ------------------------------------------------------------------ tenants: the platform has none

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenants();
    }

    @Override
    public void flush() {
        // nothing is written
    }

    @Override
    public void close() {
        // no resources are held
    }

    // ------------------------------------------------------------------ helpers

    private Optional<UserAccount> enabledUser(String username) {
        return users.findByUsername(username).filter(UserAccount::enabled);
    }

    private static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        user.setFirstName(account.displayName());
        user.setLastName("");
        user.setEmail(account.email());
        return user;
    }

    private static Group toGroup(WebappGroup webappGroup) {
        GroupEntity group = new GroupEntity(webappGroup.groupId());
        group.setName(webappGroup.groupName());
        group.setType(WebappGroup.TYPE);
        return group;
    }

    /** SQL {@code LIKE} as the webapps send it ({@code %} any text, {@code _} one character), ignoring case. */
    static boolean like(String pattern, String value) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    private static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }

    private static PlatformIdentityProvider provider(CommandContext commandContext) {
        return (PlatformIdentityProvider) commandContext.getReadOnlyIdentityProvider();
    }

    // ------------------------------------------------------------------ queries

    static final class PlatformUserQuery extends UserQueryImpl {

        private static final long serialVersionUID = 1L;

        PlatformUserQuery() {
        }

        PlatformUserQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findUsers(this).size();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findUsers(this), page);
        }
    }

    static final class PlatformGroupQuery extends GroupQueryImpl {

        private static final long serialVersionUID = 1L;

        PlatformGroupQuery() {
        }

        PlatformGroupQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return provider(commandContext).findGroups(this).size();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(provider(commandContext).findGroups(this), page);
        }
    }

    static final class NoTenants extends TenantQueryImpl {

        private static final long serialVersionUID = 1L;

        NoTenants() {
        }

        NoTenants(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
