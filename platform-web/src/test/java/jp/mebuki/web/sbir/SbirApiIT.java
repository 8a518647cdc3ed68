package jp.mebuki.web.sbir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;

/**
 * Three SBIR projects over the REST API, from a new theme and call to three different ends: one
 * through both gates to commercialization with a procurement contract, one closed NO-GO at the Phase 1
 * gate, one reworked after a CONDITIONAL, promoted, and closed NO-GO at the Phase 2 gate. Checks
 * phases, budgets, gate decisions with reasons, audit entries and the KPIs; and the refusals: wrong
 * users, budgets outside a phase's range, missing fields.
 */
@WebIT
// the job executor polls every 0.1–1 s instead of backing off to a minute: the gates wait on its async steps
@TestPropertySource(properties = { "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=1000" })
class SbirApiIT {

    private static final String PM = "pm.sato";
    private static final List<String> REVIEWERS = List.of("rev.takahashi", "rev.watanabe", "rev.ito",
            "rev.yamamoto", "rev.nakamura", "rev.kobayashi", "rev.kato", "rev.yoshida", "rev.yamada", "rev.sasaki",
            "rev.yamaguchi", "rev.matsumoto");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
        clock.reset();
    }

    @Test
    void runsThreeProjectsFromTheCallToDifferentEnds() {
        JsonNode kpisBefore = ok(api.get(PM, "/api/sbir/kpis"));
        long themeId = created(api.post(PM, "/api/sbir/themes", Map.of("code", "SBIR-IT-T1", "titleEn",
                "Drones that inspect bridges after earthquakes", "titleJa", "地震後の橋梁点検ドローン",
                "requestingAgency", "Ministry of Land, Infrastructure, Transport and Tourism", "policyNeed",
                "Thousands of bridges must be checked within days of a large earthquake",
                "technologyField", "ROBOTICS_DRONES"))).path("id").asLong();
        JsonNode call = created(api.post(PM, "/api/sbir/calls", Map.of("code", "SBIR-IT-1", "titleEn",
                "SBIR bridge inspection call", "titleJa", "SBIR 橋梁点検 公募", "opensAt", at(-1), "closesAt", at(30),
                "budgetYen", 200_000_000, "reviewersPerApplication", 2, "themeIds", List.of(themeId))));
        assertThat(call.path("capPerApplicationYen").asLong()).isEqualTo(30_000_000L);
        assertThat(call.path("themes").get(0).path("callId").asLong()).isEqualTo(call.path("id").asLong());
        long callId = call.path("id").asLong();

        long commercialized = award(adopted("app.mori", "sendai-kosen", callId, "Bridge drone A"), themeId);
        long closedAtGate1 = award(adopted("app.abe", "tohoku-u", callId, "Bridge drone B"), themeId);
        long closedAtGate2 = award(adopted("app.kimura", "yamagata-u", callId, "Bridge drone C"), themeId);

        // project A: GO, GO, commercialization
        report("app.mori", commercialized, 19_000_000);
        gateReviewedWith(commercialized, 4, 4);
        decideGate(commercialized, Map.of("decision", "GO", "reason", "Inspection accuracy proven",
                "budgetYen", 80_000_000, "plannedEnd", at(500)));
        report("app.mori", commercialized, 75_000_000);
        gateReviewedWith(commercialized, 5, 4);
        decideGate(commercialized, Map.of("decision", "GO", "reason", "Two prefectures ready to trial",
                "budgetYen", 400_000_000, "plannedEnd", at(1500)));
        report("app.mori", commercialized, 390_000_000);
        String outcomesTask = pmTask(commercialized, "RECORD_COMMERCIALIZATION_OUTCOMES");
        assertThat(api.post(PM, "/api/tasks/" + outcomesTask + "/outcomes", Map.of("outcomes", List.of(
                Map.of("kind", "PUBLIC_PROCUREMENT", "counterpart", "Miyagi Prefecture", "amountYen", 150_000_000),
                Map.of("kind", "PRIVATE_MATCHING", "counterpart", "East Japan Railway"),
                Map.of("kind", "TEST_MARKETING", "counterpart", "Sendai City")))).status()).isEqualTo(204);

        // project B: NO-GO at the Phase 1 gate
        report("app.abe", closedAtGate1, 12_000_000);
        gateReviewedWith(closedAtGate1, 2, 2);
        assertThat(gates(closedAtGate1).get(0).path("proposedDecision").asText()).isEqualTo("NO_GO");
        decideGate(closedAtGate1, Map.of("decision", "NO_GO", "reason", "Flight time far below the need"));

        // project C: CONDITIONAL, then GO, then NO-GO at the Phase 2 gate
        report("app.kimura", closedAtGate2, 18_000_000);
        gateReviewedWith(closedAtGate2, 3, 3);
        decideGate(closedAtGate2, Map.of("decision", "CONDITIONAL", "reason", "Needs winter field data",
                "reworkDeadline", at(60)));
        report("app.kimura", closedAtGate2, 20_000_000);
        gateReviewedWith(closedAtGate2, 4, 4);
        decideGate(closedAtGate2, Map.of("decision", "GO", "reason", "Winter data convincing",
                "budgetYen", 50_000_000, "plannedEnd", at(400)));
        report("app.kimura", closedAtGate2, 49_000_000);
        gateReviewedWith(closedAtGate2, 3, 1);
        decideGate(closedAtGate2, Map.of("decision", "NO_GO", "reason", "No buyer in public procurement"));

        JsonNode a = ok(api.get("app.mori", "/api/projects/" + commercialized));
        assertThat(a.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(phases(a)).containsExactly("PHASE_1:20000000:GO", "PHASE_2:80000000:GO",
                "PHASE_3:400000000:COMPLETED", "COMMERCIALIZATION:null:COMPLETED");
        assertThat(a.path("gates")).extracting(g -> g.path("decision").asText() + ":" + g.path("reason").asText())
                .containsExactly("GO:Inspection accuracy proven", "GO:Two prefectures ready to trial");
        assertThat(a.path("outcomes")).extracting(o -> o.path("kind").asText())
                .containsExactly("PUBLIC_PROCUREMENT", "PRIVATE_MATCHING", "TEST_MARKETING");
        assertThat(a.path("reports")).extracting(r -> r.path("spentYen").asLong())
                .containsExactly(19_000_000L, 75_000_000L, 390_000_000L);

        JsonNode b = ok(api.get(PM, "/api/projects/" + closedAtGate1));
        assertThat(b.path("status").asText()).isEqualTo("CLOSED_NO_GO");
        assertThat(b.path("closingReason").asText()).isEqualTo("Flight time far below the need");
        assertThat(phases(b)).containsExactly("PHASE_1:20000000:NO_GO");

        JsonNode c = ok(api.get(PM, "/api/projects/" + closedAtGate2));
        assertThat(c.path("status").asText()).isEqualTo("CLOSED_NO_GO");
        assertThat(phases(c)).containsExactly("PHASE_1:20000000:GO", "PHASE_2:50000000:NO_GO");
        assertThat(c.path("gates")).extracting(g -> g.path("gate").asText() + ":" + g.path("decision").asText())
                .containsExactly("PHASE_1:CONDITIONAL", "PHASE_1:GO", "PHASE_2:NO_GO");

        List<String> auditA = actions(commercialized);
        assertThat(auditA).containsSubsequence("SBIR_PROJECT_AWARDED", "SBIR_REPORT_SUBMITTED", "GATE_REVIEW_OPENED",
                "GATE_REVIEW_SUBMITTED", "GATE_DECISION_PROPOSED", "GATE_DECISION_CONFIRMED", "SBIR_GATE_GO",
                "SBIR_GATE_GO", "SBIR_COMMERCIALIZATION_STARTED", "SBIR_OUTCOME_RECORDED", "SBIR_PROJECT_COMPLETED");
        assertThat(ok(api.get(PM, "/api/projects/" + closedAtGate1 + "/audit")))
                .filteredOn(e -> e.path("action").asText().equals("SBIR_GATE_NO_GO"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("actor").asText()).isEqualTo(PM);
                    assertThat(e.path("detail").asText()).contains("Flight time far below the need");
                });
        assertThat(actions(closedAtGate2)).containsSubsequence("SBIR_GATE_CONDITIONAL", "SBIR_GATE_GO",
                "SBIR_GATE_NO_GO");

        JsonNode kpis = ok(api.get(PM, "/api/sbir/kpis"));
        assertThat(kpis.path("projects").asLong() - kpisBefore.path("projects").asLong()).isEqualTo(3);
        assertThat(kpis.path("reachedPhase2").asLong() - kpisBefore.path("reachedPhase2").asLong()).isEqualTo(2);
        assertThat(kpis.path("reachedPhase3").asLong() - kpisBefore.path("reachedPhase3").asLong()).isEqualTo(1);
        assertThat(kpis.path("publicProcurementContracts").asLong()
                - kpisBefore.path("publicProcurementContracts").asLong()).isEqualTo(1);
        assertThat(kpis.path("publicProcurementYen").asLong() - kpisBefore.path("publicProcurementYen").asLong())
                .isEqualTo(150_000_000L);
        assertThat(kpis.path("privateMatchings").asLong() - kpisBefore.path("privateMatchings").asLong()).isEqualTo(1);

        // an awardee sees only their own projects
        assertThat(ok(api.get("app.abe", "/api/projects"))).extracting(p -> p.path("id").asLong())
                .contains(closedAtGate1).doesNotContain(commercialized, closedAtGate2);
    }

    @Test
    void refusesWrongUsersAndBudgetsOutsideAPhasesRange() {
        long sbirCall = openCallId("SBIR-2026-1");
        long theme = themeIdOf("SBIR-T-2026-02");
        long application = adopted("app.inoue", "hirosaki-u", sbirCall, "Home monitoring patch");

        Response tooMuch = api.post(PM, "/api/projects", Map.of("applicationId", application, "themeId", theme,
                "budgetYen", 40_000_000, "plannedEnd", at(300)));
        assertProblem(tooMuch, 400, "budgetYen", "¥3,000,000 to ¥30,000,000");
        assertProblem(api.post(PM, "/api/projects", Map.of("applicationId", application, "themeId", theme,
                "budgetYen", 20_000_000, "plannedEnd", at(400))), 400, "plannedEnd", "12 months");
        assertThat(api.post("app.inoue", "/api/projects", Map.of("applicationId", application, "themeId", theme,
                "budgetYen", 20_000_000, "plannedEnd", at(300))).status()).isEqualTo(403);
        long project = award(application, theme);

        assertThat(api.get("app.abe", "/api/projects/" + project).status()).isEqualTo(404);
        assertThat(api.get("rev.ito", "/api/projects/" + project).status()).isEqualTo(404);
        assertThat(api.get("app.inoue", "/api/projects/" + project + "/audit").status()).isEqualTo(403);
        Map<String, Object> report = Map.of("technicalResults", "Patch ran 30 days", "businessResults",
                "Two care homes interested", "spentYen", 15_000_000);
        assertThat(api.post("app.abe", "/api/projects/" + project + "/reports", report).status()).isEqualTo(404);
        assertThat(api.post(PM, "/api/projects/" + project + "/reports", report).status()).isEqualTo(403);
        assertProblem(api.post("app.inoue", "/api/projects/" + project + "/reports",
                Map.of("technicalResults", "Patch ran 30 days", "spentYen", 1)), 400, "businessResults", null);
        assertThat(ok(api.get(PM, "/api/projects/" + project)).path("reports")).isEmpty();

        report("app.inoue", project, 15_000_000);
        assertThat(api.post("app.inoue", "/api/projects/" + project + "/reports", report).status()).isEqualTo(409);
        gateReviewedWith(project, 4, 4);
        String confirm = pmTask(project, "CONFIRM_GATE_DECISION");
        assertProblem(api.post(PM, "/api/tasks/" + confirm + "/gate-decision", Map.of("decision", "GO", "reason",
                "Good", "budgetYen", 5_000_000, "plannedEnd", at(300))), 400, "budgetYen", "¥10,000,000 and up");
        assertProblem(api.post(PM, "/api/tasks/" + confirm + "/gate-decision", Map.of("decision", "CONDITIONAL",
                "reason", "Rework")), 400, "reworkDeadline", null);
        assertThat(api.post("rev.ito", "/api/tasks/" + confirm + "/gate-decision", Map.of("decision", "NO_GO",
                "reason", "x")).status()).isEqualTo(403);
        assertThat(api.post("pm.suzuki", "/api/tasks/" + confirm + "/gate-review", Map.of("conflict", true,
                "reason", "x")).status()).isEqualTo(403);
        assertThat(ok(api.get(PM, "/api/projects/" + project)).path("phase").asText()).isEqualTo("PHASE_1");
        assertThat(api.post(PM, "/api/tasks/" + confirm + "/gate-decision", Map.of("decision", "GO", "reason",
                "Good", "budgetYen", 10_000_000, "plannedEnd", at(300))).status()).isEqualTo(204);
        assertThat(ok(api.get("app.inoue", "/api/projects/" + project)).path("phase").asText()).isEqualTo("PHASE_2");

        assertThat(api.post("app.inoue", "/api/sbir/themes", Map.of("code", "X")).status()).isEqualTo(403);
        assertProblem(api.post(PM, "/api/sbir/themes", Map.of("code", "SBIR-IT-T9", "titleEn", "t", "titleJa", "t",
                "requestingAgency", "a", "technologyField", "AI")), 400, "policyNeed", null);
        assertThat(api.post(PM, "/api/projects/" + project + "/support", Map.of("kind", "COMPANY_MATCHING",
                "note", "Introduce to a medical device maker")).status()).isEqualTo(201);
        String support = pmTask(project, "ARRANGE_SUPPORT");
        assertThat(api.post(PM, "/api/tasks/" + support + "/support", Map.of("note", "Met Terumo's open innovation team"))
                .status()).isEqualTo(204);
        assertThat(ok(api.get(PM, "/api/projects/" + project)).path("supportRequests").get(0).path("arrangedNote")
                .asText()).isEqualTo("Met Terumo's open innovation team");
    }

    // ---------------------------------------------------------------- steps

    /** Applies to the call, passes screening (every reviewer scores 4) and is adopted by the PM. */
    private long adopted(String applicant, String institution, long callId, String title) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("callId", callId);
        draft.put("title", title);
        draft.put("abstractText", "Autonomous flight with on-board crack detection.");
        draft.put("technologyField", "ROBOTICS_DRONES");
        draft.put("growthStage", "EARLY");
        draft.put("requestedAmountYen", 20_000_000);
        draft.put("institutionCode", institution);
        draft.put("team", List.of(Map.of("name", applicant, "role", "lead", "affiliation", institution)));
        long id = created(api.post(applicant, "/api/applications", draft)).path("id").asLong();
        assertThat(api.post(applicant, "/api/applications/" + id + "/submit", "").status()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String reviewer : REVIEWERS) {
                for (JsonNode task : tasksOf(reviewer)) {
                    if (task.path("application").path("id").asLong() != id) {
                        continue;
                    }
                    String path = "/api/tasks/" + task.path("id").asText();
                    if ("DECLARE_CONFLICT".equals(task.path("kind").asText())) {
                        assertThat(api.post(reviewer, path + "/conflict", Map.of("conflict", false)).status())
                                .isEqualTo(204);
                    } else if ("SCORE_APPLICATION".equals(task.path("kind").asText())) {
                        assertThat(api.post(reviewer, path + "/review", Map.of("scores", Map.of("TECHNOLOGY", 4,
                                "POLICY_FIT", 4, "COMMERCIALIZATION", 4), "comment", "Fits the theme",
                                "recommendation", "ADOPT")).status()).isEqualTo(204);
                    }
                }
            }
            assertThat(taskOf(PM, id, "DECIDE")).isPresent();
        });
        assertThat(api.post(PM, "/api/tasks/" + taskOf(PM, id, "DECIDE").orElseThrow().path("id").asText()
                + "/decision", Map.of("outcome", "ADOPT", "reason", "Fits the theme")).status()).isEqualTo(204);
        return id;
    }

    private long award(long applicationId, long themeId) {
        JsonNode project = created(api.post(PM, "/api/projects", Map.of("applicationId", applicationId,
                "themeId", themeId, "budgetYen", 20_000_000, "plannedEnd", at(300),
                "milestones", List.of(Map.of("title", "First flight over a real bridge", "dueAt", at(150))))));
        assertThat(project.path("phase").asText()).isEqualTo("PHASE_1");
        assertThat(project.path("milestones")).hasSize(1);
        return project.path("id").asLong();
    }

    private void report(String awardee, long project, long spentYen) {
        Response response = api.post(awardee, "/api/projects/" + project + "/reports", Map.of("technicalResults",
                "Results as planned", "businessResults", "Buyers interviewed", "spentYen", spentYen));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    /** Every gate reviewer of the project's open gate scores; then the proposal is awaited. */
    private void gateReviewedWith(long project, int technical, int business) {
        long application = ok(api.get(PM, "/api/projects/" + project)).path("applicationId").asLong();
        int gatesBefore = (int) gates(project).stream().filter(g -> g.has("proposedDecision")).count();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String reviewer : REVIEWERS) {
                for (JsonNode task : tasksOf(reviewer)) {
                    if (task.path("application").path("id").asLong() == application
                            && "REVIEW_GATE".equals(task.path("kind").asText())) {
                        Response scored = api.post(reviewer, "/api/tasks/" + task.path("id").asText() + "/gate-review",
                                Map.of("scores", Map.of("TECHNICAL_RESULTS", technical, "TECHNICAL_FEASIBILITY",
                                        technical, "MARKET_POTENTIAL", business, "PROCUREMENT_FIT", business),
                                        "comment", "Read the report"));
                        assertThat(scored.status()).as(scored.raw()).isEqualTo(204);
                    }
                }
            }
            assertThat(gates(project).stream().filter(g -> g.has("proposedDecision")).count())
                    .isGreaterThan(gatesBefore);
        });
    }

    private void decideGate(long project, Map<String, Object> decision) {
        Response response = api.post(PM, "/api/tasks/" + pmTask(project, "CONFIRM_GATE_DECISION") + "/gate-decision",
                decision);
        assertThat(response.status()).as(response.raw()).isEqualTo(204);
    }

    private String pmTask(long project, String kind) {
        long application = ok(api.get(PM, "/api/projects/" + project)).path("applicationId").asLong();
        return taskOf(PM, application, kind).orElseThrow(() -> new AssertionError("no " + kind + " task"))
                .path("id").asText();
    }

    // ---------------------------------------------------------------- reading

    private List<JsonNode> gates(long project) {
        List<JsonNode> gates = new ArrayList<>();
        ok(api.get(PM, "/api/projects/" + project)).path("gates").forEach(gates::add);
        return gates;
    }

    private List<String> phases(JsonNode project) {
        List<String> phases = new ArrayList<>();
        project.path("phases").forEach(p -> phases.add(p.path("phase").asText() + ":"
                + (p.path("budgetYen").isNull() ? "null" : p.path("budgetYen").asText()) + ":"
                + p.path("outcome").asText()));
        return phases;
    }

    private List<String> actions(long project) {
        List<String> actions = new ArrayList<>();
        ok(api.get(PM, "/api/projects/" + project + "/audit")).forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private Optional<JsonNode> taskOf(String user, long application, String kind) {
        return tasksOf(user).stream().filter(t -> t.path("application").path("id").asLong() == application
                && kind.equals(t.path("kind").asText())).findFirst();
    }

    private List<JsonNode> tasksOf(String user) {
        List<JsonNode> tasks = new ArrayList<>();
        ok(api.get(user, "/api/tasks?size=200")).forEach(tasks::add);
        return tasks;
    }

    private long openCallId(String code) {
        for (JsonNode call : ok(api.get(PM, "/api/calls"))) {
            if (call.path("code").asText().equals(code)) {
                return call.path("id").asLong();
            }
        }
        throw new AssertionError("no open call " + code);
    }

    private long themeIdOf(String code) {
        for (JsonNode theme : ok(api.get(PM, "/api/sbir/themes"))) {
            if (theme.path("code").asText().equals(code)) {
                return theme.path("id").asLong();
            }
        }
        throw new AssertionError("no theme " + code);
    }

    private String at(int days) {
        return clock.instant().plus(Duration.ofDays(days)).toString();
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static void assertProblem(Response response, int status, String field, String detailPart) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("field").asText()).isEqualTo(field);
        if (detailPart != null) {
            assertThat(response.body().path("detail").asText()).contains(detailPart);
        }
    }
}
