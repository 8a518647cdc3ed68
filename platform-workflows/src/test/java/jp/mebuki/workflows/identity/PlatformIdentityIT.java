package jp.mebuki.workflows.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The platform's users as the engine's identity (no second user database) and the webapp groups'
 * authorizations, which several nodes starting together must neither duplicate nor fail on.
 */
@SpringBootTest
class PlatformIdentityIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void showsPlatformUsersAndTheirRolesAsReadOnlyCamundaUsersAndGroups() {
        assertThat(identity.isReadOnly()).isTrue();
        User pm = identity.createUserQuery().userId("pm.sato").singleResult();
        assertThat(pm.getFirstName()).isNotBlank();
        assertThat(pm.getEmail()).contains("@");
        assertThat(identity.createUserQuery().memberOfGroup("PM").list()).extracting(User::getId)
                .containsExactlyInAnyOrder("pm.sato", "pm.suzuki");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        assertThat(identity.createGroupQuery().groupMember("app.abe").list()).isEmpty();
        assertThat(identity.createGroupQuery().groupMember("rev.takahashi").list()).isEmpty();
        assertThat(identity.createUserQuery().userFirstNameLike("%").count())
                .isEqualTo(identity.createUserQuery().count()).isGreaterThan(20);
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
        assertThat(identity.checkPassword("admin", "mebuki-demo")).as("only the platform's own sign-in").isFalse();
    }

    @Test
    void grantsAdministratorsEverythingProgrammeManagersReadingAndOthersNoApplication() {
        List<String> adminGroups = List.of("camunda-admin");
        List<String> pmGroups = List.of("PM");
        assertThat(authorizations.isUserAuthorized("admin", adminGroups, Permissions.ACCESS, Resources.APPLICATION,
                "admin")).isTrue();
        assertThat(authorizations.isUserAuthorized("pm.sato", pmGroups, Permissions.ACCESS, Resources.APPLICATION,
                "cockpit")).isTrue();
        assertThat(authorizations.isUserAuthorized("pm.sato", pmGroups, Permissions.ACCESS, Resources.APPLICATION,
                "admin")).isFalse();
        assertThat(authorizations.isUserAuthorized("pm.sato", pmGroups, ProcessDefinitionPermissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, "GapFundScreening")).isTrue();
        assertThat(authorizations.isUserAuthorized("pm.sato", pmGroups, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "GapFundScreening")).isFalse();
        for (String app : List.of("cockpit", "tasklist", "admin")) {
            assertThat(authorizations.isUserAuthorized("app.abe", List.of(), Permissions.ACCESS,
                    Resources.APPLICATION, app)).isFalse();
        }
    }

    @Test
    void makesSureOfTheGrantsIdempotentlyWhenNodesStartTogether() throws Exception {
        long before = authorizations.createAuthorizationQuery().count();
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Void> node = () -> {
                start.await();
                new WebappAuthorizations(authorizations).ensure();
                return null;
            };
            List<Future<Void>> started = List.of(nodes.submit(node), nodes.submit(node), nodes.submit(node));
            start.countDown();
            for (Future<Void> each : started) {
                each.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("camunda-admin", "PM").count())
                .isEqualTo(WebappAuthorizations.grants().size());
    }
}
