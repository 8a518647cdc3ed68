package jp.mebuki.workflows.identity;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global grants of the webapp groups, made sure of at every start: created where missing, widened
 * where a permission is missing, never duplicated. Several nodes may start together: the database's
 * unique key on (group, resource type, resource id) lets only one insert win; the loser reads the
 * winner's row and carries on.
 */
final class WebappAuthorizations {

    private static final Logger LOG = LoggerFactory.getLogger(WebappAuthorizations.class);
    private static final String ANY = Authorization.ANY;

    record Grant(WebappGroup group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private final AuthorizationService authorizations;

    WebappAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    static List<Grant> grants() {
        List<Grant> grants = new java.util.ArrayList<>();
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(WebappGroup.ADMINISTRATORS, resource, ANY, List.of(Permissions.ALL)));
        }
        WebappGroup pm = WebappGroup.PROGRAMME_MANAGERS;
        grants.add(new Grant(pm, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
        grants.add(new Grant(pm, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
        grants.add(new Grant(pm, Resources.PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK)));
        grants.add(new Grant(pm, Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.READ)));
        grants.add(new Grant(pm, Resources.DECISION_DEFINITION, ANY,
                List.of(Permissions.READ, Permissions.READ_HISTORY)));
        grants.add(new Grant(pm, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(Permissions.READ)));
        grants.add(new Grant(pm, Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)));
        grants.add(new Grant(pm, Resources.TASK, ANY, List.of(TaskPermissions.READ)));
        return List.copyOf(grants);
    }

    void ensure() {
        for (Grant grant : grants()) {
            try {
                ensure(grant);
            } catch (ProcessEngineException concurrentStart) {
                // another node inserted or updated the same row a moment ago: look again
                LOG.debug("retrying grant {} after {}", grant, concurrentStart.getMessage());
                ensure(grant);
            }
        }
    }

    private void ensure(Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.group().groupId()).resourceType(grant.resource()).resourceId(grant.resourceId())
                .singleResult();
        if (existing == null) {
            Authorization created = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            created.setGroupId(grant.group().groupId());
            created.setResource(grant.resource());
            created.setResourceId(grant.resourceId());
            grant.permissions().forEach(created::addPermission);
            authorizations.saveAuthorization(created);
        } else if (!grant.permissions().stream().allMatch(existing::isPermissionGranted)) {
            grant.permissions().forEach(existing::addPermission);
            authorizations.saveAuthorization(existing);
        }
    }
}
