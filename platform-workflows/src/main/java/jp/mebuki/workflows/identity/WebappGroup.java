package jp.mebuki.workflows.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.mebuki.core.user.Role;

/**
 * The Camunda groups made from platform roles. Only administrators and programme managers use the
 * Camunda webapps; reviewers, applicants and mentors are in no group and get no application access.
 * The PM group's id is the candidate group the models already use for PM tasks ({@code PM}).
 */
public enum WebappGroup {

    /** Everything in Cockpit, Tasklist and Admin; the engine's built-in administrator group. */
    ADMINISTRATORS("camunda-admin", "Mebuki administrators", Role.ADMIN),

    /** Cockpit read access (definitions, instances, history, decisions) and Tasklist (read). */
    PROGRAMME_MANAGERS("PM", "Mebuki programme managers", Role.PM);

    /** Camunda's group type for groups the platform defines itself. */
    static final String TYPE = "MEBUKI_ROLE";

    private final String groupId;
    private final String groupName;
    private final Role role;

    WebappGroup(String groupId, String groupName, Role role) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.role = role;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public Role role() {
        return role;
    }

    static Optional<WebappGroup> byId(String groupId) {
        return Arrays.stream(values()).filter(g -> g.groupId.equals(groupId)).findFirst();
    }

    static List<WebappGroup> of(Set<Role> roles) {
        return Arrays.stream(values()).filter(g -> roles.contains(g.role)).toList();
    }
}
