package jp.mebuki.workflows.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.mebuki.core.user.UserDirectory;

/**
 * Makes the platform's users the engine's identity, switches authorization checks on and, once the
 * engine is built, makes sure the webapp groups have their authorizations. The engine checks
 * authorizations only for calls made with an authenticated Camunda user (the webapps), never for the
 * platform's own services, delegates and the Modeler's {@code /engine-rest} (guarded by Spring Security),
 * which call the engine without one.
 */
@Component
class PlatformIdentityPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory users;

    PlatformIdentityPlugin(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PlatformIdentityProvider(users);
            }
        });
        configuration.setResourceAuthorizationProvider(new NoPerTaskAuthorizations());
        // without checks every webapp user could do everything: the groups' grants would mean nothing
        configuration.setAuthorizationEnabled(true);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        new WebappAuthorizations(processEngine.getAuthorizationService()).ensure();
    }

    @Override
    public String toString() {
        return "mebukiPlatformIdentity";
    }

    /**
     * Camunda's default provider writes an authorization row for every task's assignee and candidate
     * group. The platform decides who works on a task itself, and PMs read tasks through their group's
     * global grant: so no rows are written on the hot path of every review and decision.
     */
    static final class NoPerTaskAuthorizations extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            return null;
        }
    }
}
