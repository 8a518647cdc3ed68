package jp.mebuki.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.Pages;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.admin.ProcessAdministrationService;
import jp.mebuki.workflows.admin.ProcessVersion;

/**
 * The administrators' process pages over HTTP, as a browser posts them: versions with their running
 * instances, uploads (role, CSRF, wrong input), and migrations that move every instance or, where the
 * engine refuses, none, with the reasons per activity. The engine itself is used only to start
 * instances and to look at where they are.
 */
@WebIT
class ProcessAdminPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessAdministrationService processes;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    AuditLog audit;
    Pages admin;

    @BeforeEach
    void signIn() {
        admin = Pages.signedIn(new Api(port), "admin");
    }

    @Test
    void listsEveryVersionWithItsRunningInstancesAndDrawsTheDiagramWithItsTokens() {
        String key = "AdminVersionsCheck";
        deploy(key, "first version", TestModels.userTasks(key, "Prepare"));
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);
        deploy(key, "second version", TestModels.userTasks(key, "Prepare", "Check"));
        runtime.startProcessInstanceByKey(key);

        Response page = admin.get("/admin/processes");

        assertThat(page.status()).isEqualTo(200);
        assertThat(versions(key)).extracting(ProcessVersion::version, ProcessVersion::runningInstances)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1L), org.assertj.core.groups.Tuple.tuple(1, 2L));
        String section = page.raw().substring(page.raw().indexOf("data-process=\"" + key + "\""));
        assertThat(section).containsPattern("(?s)data-version=\"2\".*?class=\"num running\">1<")
                .containsPattern("(?s)data-version=\"1\".*?class=\"num running\">2<");

        ProcessVersion first = versions(key).get(1);
        Response diagram = admin.get("/admin/processes/" + first.definitionId());
        assertThat(diagram.raw()).contains("data-activity=\"Prepare\"").contains("bpmn-viewer.production.min.js")
                .contains("\"Prepare\":2");
        Response model = admin.get("/admin/processes/" + first.definitionId() + "/model");
        assertThat(model.raw()).contains("<bpmn:userTask id=\"Prepare\"");
    }

    @Test
    void drawsTheDiagramWithTheRunningTokensAsOverlaysInTheBrowser() {
        String key = "AdminDiagramCheck";
        deploy(key, "diagram check", TestModels.userTasks(key, "Prepare", "Check"));
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);
        ProcessVersion version = versions(key).get(0);

        try (Browser browser = new Browser(port, "ja")) {
            browser.signIn("admin").open("/admin/processes");
            assertThat(browser.text("[data-process='" + key + "'] td.running")).isEqualTo("3");
            browser.screenshot("73-admin-processes-ja");
            browser.open("/admin/processes/" + version.definitionId())
                    .waitFor(b -> "true".equals(b.all("#diagram").get(0).getAttribute("data-rendered")));

            assertThat(browser.all(".token-count[data-activity='Prepare']")).singleElement()
                    .satisfies(overlay -> assertThat(overlay.getAttribute("textContent")).isEqualTo("3"));
            assertThat(browser.all(".djs-element[data-element-id='Check']")).hasSize(1);
            browser.screenshot("74-admin-diagram-tokens-ja");
        }
    }

    @Test
    void migratesEveryRunningInstanceWhereThePlanIsValidAndAuditsIt() {
        String key = "AdminMigrationValid";
        deploy(key, "first version", TestModels.userTasks(key, "Prepare"));
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);
        deploy(key, "adds a check after preparing", TestModels.userTasks(key, "Prepare", "Check"));
        ProcessVersion v1 = versions(key).get(1);
        ProcessVersion v2 = versions(key).get(0);
        String path = "/admin/processes/" + v1.definitionId() + "/migrate";

        Response result = admin.post(path, Map.of("targetDefinitionId", v2.definitionId(),
                "reason", "the check applies to running screenings too"), admin.csrfOf(path));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.raw()).contains("id=\"migrated\"").contains("2 instance(s) migrated to version 2");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1.definitionId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.definitionId()).count()).isEqualTo(2);
        assertThat(audit.byAction(ProcessAdministrationService.MIGRATED)).extracting(AuditEntry::detail)
                .anySatisfy(detail -> assertThat(detail).contains("2 instance(s) of " + key + " v1")
                        .contains("the check applies to running screenings too"));
        assertThat(audit.byAction(ProcessAdministrationService.MIGRATED)).extracting(AuditEntry::actor)
                .contains("admin");
    }

    @Test
    void showsWhyAMigrationIsRefusedPerActivityAndMovesNoInstance() {
        String key = "AdminMigrationInvalid";
        deploy(key, "first version", TestModels.userTasks(key, "Prepare", "Review"));
        String waitingAtPrepare = runtime.startProcessInstanceByKey(key).getId();
        deploy(key, "review replaced by an assessment", TestModels.userTasks(key, "Assess"));
        ProcessVersion v1 = versions(key).get(1);
        ProcessVersion v2 = versions(key).get(0);
        String path = "/admin/processes/" + v1.definitionId() + "/migrate";

        Response result = admin.post(path, Map.of("targetDefinitionId", v2.definitionId(),
                "reason", "try the new assessment"), admin.csrfOf(path));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.raw()).contains("id=\"migration-refused\"").contains("data-activity=\"Prepare\"")
                .doesNotContain("id=\"migrated\"");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(waitingAtPrepare).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.definitionId());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.definitionId()).count()).isZero();
        assertThat(audit.byAction(ProcessAdministrationService.MIGRATION_REFUSED)).extracting(AuditEntry::detail)
                .anySatisfy(detail -> assertThat(detail).contains(key + " v1").contains("Prepare")
                        .contains("try the new assessment"));
    }

    @Test
    void deploysAnUploadedModelAsANewVersionAndAuditsWhoAndWhy() {
        String key = "AdminUploadCheck";
        Response result = deploy(key, "first upload", TestModels.userTasks(key, "Prepare"));

        assertThat(result.status()).isEqualTo(302);
        assertThat(result.header("Location")).endsWith("/admin/deployments");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
        assertThat(admin.get("/admin/deployments").raw()).contains(key + ".bpmn");
        assertThat(audit.byAction(ProcessAdministrationService.DEPLOYED)).filteredOn(e -> e.detail().contains(key))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.detail()).contains(key + " v1").contains("first upload");
                });
    }

    @Test
    void refusesUploadsAndMigrationsToOtherRolesWith403() {
        String key = "AdminForbiddenCheck";
        Pages pm = Pages.signedIn(new Api(port), "pm.sato");
        String token = pm.csrfOf("/pm/calls");

        assertThat(pm.get("/admin/processes").status()).isEqualTo(403);
        assertThat(pm.upload("/admin/deployments", Map.of("reason", "not mine to do"), "file", key + ".bpmn",
                TestModels.userTasks(key, "Prepare"), token).status()).isEqualTo(403);
        Pages applicant = Pages.signedIn(new Api(port), "app.abe");
        assertThat(applicant.get("/admin/deployments").status()).isEqualTo(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void refusesAnUploadWithoutTheCsrfToken() {
        String key = "AdminCsrfCheck";

        Response result = admin.upload("/admin/deployments", Map.of("reason", "forged"), "file", key + ".bpmn",
                TestModels.userTasks(key, "Prepare"), null);

        assertThat(result.status()).isEqualTo(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void showsWrongInputBesideItsFieldAndDeploysNothing() {
        long before = repository.createDeploymentQuery().count();
        String token = admin.csrfOf("/admin/deployments");

        Response notAModel = admin.upload("/admin/deployments", Map.of("reason", "wrong file"), "file", "notes.txt",
                "just text".getBytes(StandardCharsets.UTF_8), token);
        assertThat(notAModel.status()).isEqualTo(200);
        assertThat(notAModel.raw()).contains("id=\"file-error\"").contains("Only .bpmn and .dmn files can be deployed.");

        Response noReason = admin.upload("/admin/deployments", Map.of("reason", " "), "file", "NoReason.bpmn",
                TestModels.userTasks("AdminNoReason", "Prepare"), token);
        assertThat(noReason.raw()).contains("id=\"reason-error\"");

        Response broken = admin.upload("/admin/deployments", Map.of("reason", "broken model"), "file", "Broken.bpmn",
                "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"B\""
                        .getBytes(StandardCharsets.UTF_8), token);
        assertThat(broken.status()).isEqualTo(200);
        // the deployment guard's refusal names the file, the line and the parser's reason
        assertThat(broken.raw()).contains("id=\"file-error\"").contains("refused by the Mebuki deployment guard")
                .contains("Broken.bpmn line 1: the engine cannot parse it");

        String path = "/admin/processes/" + anyVersion().definitionId() + "/migrate";
        Response noTarget = admin.post(path, Map.of("targetDefinitionId", "", "reason", "x"), admin.csrfOf(path));
        assertThat(noTarget.raw()).contains("id=\"targetDefinitionId-error\"");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- helpers

    private Response deploy(String key, String reason, byte[] model) {
        Response response = admin.upload("/admin/deployments", Map.of("reason", reason), "file", key + ".bpmn", model,
                admin.csrfOf("/admin/deployments"));
        assertThat(response.status()).as(response.raw()).isEqualTo(302);
        return response;
    }

    private java.util.List<ProcessVersion> versions(String key) {
        return processes.processVersions().stream().filter(v -> v.key().equals(key)).toList();
    }

    private ProcessVersion anyVersion() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().latestVersion().list().get(0);
        return processes.processVersion(definition.getId());
    }
}
