package jp.mebuki.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.Drafts;
import jp.mebuki.web.support.WebIT;

/**
 * An administrator adds a step to the screening process in the Modeler — a PM checks the budget's
 * plausibility in a form made of Camunda form fields, no page written for it — and deploys it exactly as
 * the Modeler does. New applications then stop at that step; PMs see it in the platform's inbox, fill the
 * form through the API or the page (the server checks every constraint), and the process goes on to the
 * reviewers. Its own application context: the new model version must not leak into other tests.
 */
@WebIT
@TestPropertySource(properties = "mebuki.test.context=generic-task-from-modeler")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenericTaskFromModelerIT {

    static final String BUDGET_CHECK = "UserTaskCheckBudgetPlausibility";

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    Api api;

    @BeforeAll
    void deployTheModelWithTheBudgetCheck() {
        api = new Api(port);
        Response deployed = ModelerDeployment.deploy(api, "admin", "budget plausibility check",
                "gap-fund-screening.bpmn", ModelerDeployment.screeningWithBudgetCheck());

        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(200);
        JsonNode definitions = deployed.body().path("deployedProcessDefinitions");
        assertThat(definitions.size()).isOne();
        assertThat(definitions.elements().next().path("key").asText()).isEqualTo("GapFundScreening");
        assertThat(definitions.elements().next().path("version").asInt()).isEqualTo(2);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aPmCompletesTheStepAddedInTheModelerThroughTheApiAndTheProcessGoesOn() {
        long application = submitted("Budget-checked gripper");
        assertThat(status(application)).isEqualTo("SUBMITTED");
        JsonNode task = budgetCheckOf("pm.sato", application);
        assertThat(task.path("kind").asText()).isEqualTo("GENERIC");
        assertThat(task.path("name").asText()).isEqualTo("Check budget plausibility");
        assertThat(task.path("application").path("title").asText()).isEqualTo("Budget-checked gripper");
        String id = task.path("id").asText();

        Response form = api.get("pm.sato", "/api/tasks/" + id + "/form");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().path("applicationId").asLong()).isEqualTo(application);
        List<JsonNode> fields = StreamSupport.stream(form.body().path("fields").spliterator(), false).toList();
        assertThat(fields).extracting(f -> f.path("id").asText()).containsExactly("budgetPlausible",
                "estimatedCostYen", "costBasis", "budgetNote", "checkedOn", "checkVersion");
        assertThat(fields).extracting(f -> f.path("type").asText()).containsExactly("BOOLEAN", "LONG", "ENUM", "STRING",
                "DATE", "STRING");
        JsonNode cost = fields.get(1);
        assertThat(cost.path("label").asText()).isEqualTo("Estimated cost (yen)");
        assertThat(cost.path("required").asBoolean()).isTrue();
        assertThat(cost.path("min").asLong()).isZero();
        assertThat(cost.path("max").asLong()).isEqualTo(5_000_000);
        assertThat(fields.get(2).path("options")).extracting(o -> o.path("id").asText())
                .containsExactly("QUOTES", "PAST_PROJECTS");
        assertThat(fields.get(3).path("minLength").asInt()).isEqualTo(5);
        assertThat(fields.get(5).path("readonly").asBoolean()).isTrue();
        assertThat(fields.get(5).path("defaultValue").asText()).isEqualTo("2026-1");

        // the server checks what the Modeler declared: required, min/max, lengths, options, dates
        Map<String, Object> values = values();
        values.remove("budgetNote");
        assertRefused(id, values, "budgetNote", "required");
        assertRefused(id, values(Map.of("estimatedCostYen", 9_000_000)), "estimatedCostYen", "too-large");
        assertRefused(id, values(Map.of("estimatedCostYen", -1)), "estimatedCostYen", "too-small");
        assertRefused(id, values(Map.of("budgetNote", "ok")), "budgetNote", "too-short");
        assertRefused(id, values(Map.of("costBasis", "GUESSWORK")), "costBasis", "not-an-option");
        assertRefused(id, values(Map.of("checkedOn", "25/11/2026")), "checkedOn", "not-a-date");
        assertRefused(id, values(Map.of("checkVersion", "2027-9")), "checkVersion", "read-only");
        assertRefused(id, values(Map.of("approvedBy", "someone")), "approvedBy", "unknown-field");
        assertThat(budgetCheckOf("pm.sato", application).path("id").asText()).as("still open").isEqualTo(id);
        assertThat(status(application)).isEqualTo("SUBMITTED");

        Response done = api.post("pm.sato", "/api/tasks/" + id + "/form", Map.of("values", values()));

        assertThat(done.status()).as(done.raw()).isEqualTo(204);
        assertThat(status(application)).as("the process went on to the reviewers").isEqualTo("UNDER_REVIEW");
        assertThat(api.get("pm.suzuki", "/api/tasks/" + id + "/form").status()).isEqualTo(404);
        JsonNode variables = api.get("admin", "/engine-rest/process-instance?businessKey=" + application).body();
        String instance = variables.get(0).path("id").asText();
        JsonNode written = api.get("admin", "/engine-rest/process-instance/" + instance + "/variables").body();
        assertThat(written.path("budgetPlausible").path("value").asBoolean()).isTrue();
        assertThat(written.path("estimatedCostYen").path("value").asLong()).isEqualTo(2_800_000);
        assertThat(written.path("costBasis").path("value").asText()).isEqualTo("QUOTES");
        assertThat(written.path("checkedOn").path("type").asText()).isEqualTo("Date");
        assertThat(written.path("checkVersion").path("value").asText()).isEqualTo("2026-1");
        JsonNode audit = api.get("pm.sato", "/api/applications/" + application + "/audit").body();
        assertThat(StreamSupport.stream(audit.spliterator(), false)
                .filter(e -> e.path("action").asText().equals("TASK_FORM_COMPLETED")).toList())
                .singleElement().satisfies(e -> {
                    assertThat(e.path("actor").asText()).isEqualTo("pm.sato");
                    assertThat(e.path("detail").asText()).contains(BUDGET_CHECK).contains("estimatedCostYen=2800000");
                });
    }

    @Test
    void onlyTheCandidatesOfTheStepSeeAndCompleteIt() {
        long application = submitted("Whose budget check?");
        String id = budgetCheckOf("pm.suzuki", application).path("id").asText();

        for (String outsider : List.of("rev.takahashi", "app.mori", "mentor.ikeda")) {
            assertThat(api.get(outsider, "/api/tasks").body()).as(outsider)
                    .noneMatch(t -> t.path("id").asText().equals(id));
            assertThat(api.get(outsider, "/api/tasks/" + id + "/form").status()).as(outsider).isEqualTo(404);
            assertThat(api.post(outsider, "/api/tasks/" + id + "/form", Map.of("values", values())).status())
                    .as(outsider).isEqualTo(404);
        }
        assertThat(api.post("pm.suzuki", "/api/tasks/" + id + "/decision",
                Map.of("outcome", "ADOPT", "reason", "wrong kind")).status()).isEqualTo(409);
        assertThat(status(application)).isEqualTo("SUBMITTED");
    }

    @Test
    void aPmFillsTheFormInTheBrowserAndSeesTheServersRefusalNextToTheField() {
        long application = submitted("Gripper checked in the browser");
        String id = budgetCheckOf("pm.sato", application).path("id").asText();

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn("pm.sato").open("/tasks/forms?lang=ja");
            assertThat(browser.text("#form-tasks tr[data-task='" + id + "']")).contains("Gripper checked in the browser");
            assertThat(browser.text("#form-tasks h2")).isEqualTo("その他のタスク");
            browser.screenshot("61-generic-tasks-ja");
            browser.open("/tasks/forms?lang=en");
            assertThat(browser.text("#form-tasks tr[data-task='" + id + "']")).contains("Check budget plausibility")
                    .contains("Gripper checked in the browser");
            browser.clickCss("#form-tasks tr[data-task='" + id + "'] a");
            assertThat(browser.text("h1")).isEqualTo("Check budget plausibility");
            assertThat(browser.text("label[for='field-estimatedCostYen']")).contains("Estimated cost (yen)")
                    .contains("(required)");
            browser.check("values[budgetPlausible]", "true").type("field-estimatedCostYen", "7000000")
                    .choose("field-costBasis", "PAST_PROJECTS")
                    .click("complete-task");

            assertThat(browser.text("#error-estimatedCostYen")).isEqualTo("Estimated cost (yen) is too large.");
            browser.screenshot("60-generic-task-form-error-en");
            browser.type("field-estimatedCostYen", "2500000").click("complete-task");
            assertThat(browser.text("#error-budgetNote")).isEqualTo("Note on the budget is required.");
            browser.type("field-budgetNote", "Quotes from two suppliers match the plan.").click("complete-task");

            assertThat(browser.path()).isEqualTo("/tasks/forms");
            assertThat(browser.text(".notice")).isEqualTo("The task has been completed.");
        }
        assertThat(status(application)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theModelerGets400NamingTheElementWhenTheGuardRefusesAndNothingIsDeployed() {
        long deployments = count("/engine-rest/deployment/count");
        long definitions = count("/engine-rest/process-definition/count");
        String broken = ModelerDeployment.screeningWithBudgetCheck().replace("${assignReviewers}", "${assignReviewer}");

        Response refused = ModelerDeployment.deploy(api, "admin", "typo in a bean name", "gap-fund-screening.bpmn",
                broken);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("type").asText()).isEqualTo("ParseException");
        assertThat(refused.body().path("message").asText()).contains("refused by the Mebuki deployment guard")
                .contains("gap-fund-screening.bpmn, element 'ServiceTaskAssignReviewers': camunda:delegateExpression"
                        + " ${assignReviewer} names no Spring bean 'assignReviewer'");
        JsonNode errors = refused.body().path("details").path("gap-fund-screening.bpmn").path("errors");
        assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.path("mainElementId").asText()).isEqualTo("ServiceTaskAssignReviewers"));
        assertThat(count("/engine-rest/deployment/count")).isEqualTo(deployments);
        assertThat(count("/engine-rest/process-definition/count")).isEqualTo(definitions);
        assertThat(ModelerDeployment.deploy(api, "pm.sato", "not an admin", "gap-fund-screening.bpmn", broken).status())
                .isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    private void assertRefused(String taskId, Map<String, Object> values, String field, String code) {
        Response refused = api.post("pm.sato", "/api/tasks/" + taskId + "/form", Map.of("values", values));
        assertThat(refused.status()).as(field + " " + refused.raw()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("field").asText()).isEqualTo(field);
        assertThat(refused.body().path("code").asText()).isEqualTo(code);
    }

    private static Map<String, Object> values() {
        return values(Map.of());
    }

    private static Map<String, Object> values(Map<String, Object> changes) {
        Map<String, Object> values = new HashMap<>(Map.of("budgetPlausible", true, "estimatedCostYen", 2_800_000,
                "costBasis", "QUOTES", "budgetNote", "Two supplier quotes back the plan.", "checkedOn", "2026-11-25"));
        values.putAll(changes);
        return values;
    }

    private long submitted(String title) {
        long callId = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id().value();
        Response created = api.post("app.mori", "/api/applications", Drafts.complete(callId, title));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        assertThat(api.post("app.mori", "/api/applications/" + id + "/submit", "").body().path("status").asText())
                .as("waiting for the budget check").isEqualTo("SUBMITTED");
        return id;
    }

    /** The budget check in the PM's inbox, waiting for the eligibility job after the submit to open it. */
    private JsonNode budgetCheckOf(String pm, long application) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> StreamSupport.stream(api.get(pm, "/api/tasks").body().spliterator(), false)
                        .filter(t -> t.path("kind").asText().equals("GENERIC")
                                && t.path("application").path("id").asLong() == application)
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private String status(long application) {
        return api.get("app.mori", "/api/applications/" + application).body().path("status").asText();
    }

    private long count(String path) {
        return api.get("admin", path).body().path("count").asLong();
    }
}
