package jp.mebuki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.notification.Notification;
import jp.mebuki.core.notification.NotificationKind;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;

/**
 * A whole gap-fund call through the REST API, as the people of a programme office would run it:
 * twenty applications from several schools, eligibility rejections with reasons, reviews by the demo
 * reviewers (one of them declaring a conflict), PM decisions including a revision round, and a
 * withdrawal; then the final states, the status histories, the notifications and the audit trail.
 */
@WebIT
class GapFundCallIT {

    /** What each application is meant to go through, and how good the reviewers will find it (1–5). */
    enum Fate { INELIGIBLE, ADOPTED, REJECTED, REVISED_THEN_ADOPTED, WITHDRAWN }

    record Plan(String applicant, String institution, String field, long amountYen, int quality, Fate fate) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("app.abe", "tohoku-u", "AI", 4_800_000, 5, Fate.ADOPTED),
            new Plan("app.abe", "tohoku-u", "SEMICONDUCTORS", 3_000_000, 2, Fate.REJECTED),
            new Plan("app.abe", "tohoku-u", "MATERIALS", 2_500_000, 4, Fate.ADOPTED),
            new Plan("app.inoue", "hirosaki-u", "HEALTH_MEDICAL", 5_000_000, 5, Fate.ADOPTED),
            new Plan("app.inoue", "hirosaki-u", "BIO", 1_500_000, 1, Fate.REJECTED),
            new Plan("app.inoue", "hirosaki-u", "FOOD_AGRI", 2_000_000, 3, Fate.REVISED_THEN_ADOPTED),
            new Plan("app.kimura", "yamagata-u", "MATERIALS", 4_000_000, 4, Fate.ADOPTED),
            new Plan("app.kimura", "yamagata-u", "ENVIRONMENT_ENERGY", 3_500_000, 2, Fate.REJECTED),
            new Plan("app.kimura", "tuad", "DISASTER_INFRA", 1_000_000, 3, Fate.WITHDRAWN),
            new Plan("app.hayashi", "fmu", "HEALTH_MEDICAL", 4_500_000, 5, Fate.ADOPTED),
            new Plan("app.hayashi", "fmu", "LIFE_SCIENCE", 2_200_000, 2, Fate.REJECTED),
            new Plan("app.hayashi", "fukushima-u", "ENVIRONMENT_ENERGY", 3_300_000, 4, Fate.ADOPTED),
            new Plan("app.mori", "sendai-kosen", "ROBOTICS_DRONES", 3_000_000, 4, Fate.ADOPTED),
            new Plan("app.mori", "sendai-kosen", "MOBILITY", 2_800_000, 1, Fate.REJECTED),
            new Plan("app.mori", "akita-kosen", "NEXT_GEN_NETWORKS", 1_200_000, 5, Fate.ADOPTED),
            new Plan("app.mori", "u-aizu", "AI", 2_000_000, 2, Fate.REJECTED),
            new Plan("app.inoue", "hachinohe-kosen", "OCEAN", 2_600_000, 4, Fate.ADOPTED),
            new Plan("app.shimizu", "u-tokyo", "QUANTUM", 5_000_000, 5, Fate.INELIGIBLE),
            new Plan("app.shimizu", "u-tokyo", "AI", 3_000_000, 4, Fate.INELIGIBLE),
            new Plan("app.shimizu", "kyoto-u", "SPACE", 4_000_000, 3, Fate.INELIGIBLE));

    private static final String PM = "pm.sato";
    private static final String CONFLICT_REASON = "I supervised the applicant's doctoral thesis";

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;
    @Autowired
    Notifier notifier;
    @Autowired
    RuntimeService runtime;

    Api api;
    /** application id → its plan, in submission order */
    final Map<Long, Plan> applications = new LinkedHashMap<>();
    /** the reviewer who declared the one conflict of this call, and on which application */
    String conflictedReviewer;
    long conflictedApplication;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void runsAWholeCallFromTwentyApplicationsToDecisions() {
        long callId = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id().value();

        // 1. twenty applicants' drafts, submitted; the three from non-member universities are found ineligible
        for (Plan plan : PLANS) {
            Response created = api.post(plan.applicant(), "/api/applications", draft(callId, plan));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            long id = created.body().path("id").asLong();
            Response screened = api.submitAndAwaitScreening(plan.applicant(), id);
            assertThat(screened.body().path("status").asText())
                    .isEqualTo(plan.fate() == Fate.INELIGIBLE ? "INELIGIBLE" : "UNDER_REVIEW");
            applications.put(id, plan);
        }
        assertThat(applications).hasSize(20);

        // 2. one applicant withdraws while the reviewers are at work
        long withdrawn = idOf(Fate.WITHDRAWN);
        assertThat(api.post("app.kimura", "/api/applications/" + withdrawn + "/withdraw",
                Map.of("reason", "the team joined a company programme")).status()).isEqualTo(200);

        // 3. reviewers work their inboxes; the first to see app.abe's AI application declares a conflict
        long conflictTarget = applications.keySet().iterator().next();
        reviewUntilEveryApplicationAwaitsItsDecision(conflictTarget);

        // 4. the PM decides on the weighted scores, with a reason each time; one revision is requested
        Map<Long, JsonNode> decideTasks = decideTasks();
        assertThat(decideTasks.keySet()).containsExactlyInAnyOrderElementsOf(idsExcept(Fate.INELIGIBLE, Fate.WITHDRAWN));
        for (Map.Entry<Long, JsonNode> entry : decideTasks.entrySet()) {
            decide(entry.getKey(), entry.getValue());
        }

        // 5. the applicant revises and resubmits; a new round of reviews; the PM adopts
        long revised = idOf(Fate.REVISED_THEN_ADOPTED);
        Map<String, Object> revision = draft(callId, applications.get(revised));
        revision.put("abstractText", "Revised: a field trial with two fishery cooperatives is now in the plan.");
        assertThat(api.put("app.inoue", "/api/applications/" + revised, revision).status()).isEqualTo(200);
        assertThat(api.post("app.inoue", "/api/applications/" + revised + "/submit", "").body().path("status").asText())
                .isEqualTo("UNDER_REVIEW");
        applications.put(revised, new Plan("app.inoue", "hirosaki-u", "FOOD_AGRI", 2_000_000, 4, Fate.ADOPTED));
        reviewUntilEveryApplicationAwaitsItsDecision(-1);
        JsonNode secondDecision = decideTasks().get(revised);
        assertThat(api.post(PM, "/api/tasks/" + secondDecision.path("id").asText() + "/decision",
                Map.of("outcome", "ADOPT", "reason", "The revision adds the field trial the reviewers asked for."))
                .status()).isEqualTo(204);

        // 6. final states, histories, notifications, audit trail; no incident; every screening has ended
        // except those of adopted teams, which wait for their mentor in the called mentor-assignment process
        for (Map.Entry<Long, Plan> entry : applications.entrySet()) {
            assertFinalState(entry.getKey(), entry.getKey() == revised ? Fate.REVISED_THEN_ADOPTED : entry.getValue().fate());
        }
        assertThat(applications.entrySet()).allSatisfy(e -> assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(GapFundScreeningProcess.KEY).processInstanceBusinessKey(String.valueOf(e.getKey()))
                .count()).as("running screening of %s", e.getKey()).isEqualTo(e.getValue().fate() == Fate.ADOPTED ? 1 : 0));
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertConflictWasHandled();
    }

    // ---------------------------------------------------------------- reviewing

    private void reviewUntilEveryApplicationAwaitsItsDecision(long conflictTarget) {
        List<String> reviewers = users.withRole(Role.REVIEWER).stream().map(u -> u.username()).toList();
        Set<Long> awaitingDecision = Set.copyOf(pendingReview());
        // the reviews themselves are sent inside this wait: on a machine shared with other builds (load 35) two
        // minutes were not enough for the ~50 review requests on PostgreSQL
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String reviewer : reviewers) {
                for (JsonNode task : tasksOf(reviewer)) {
                    long application = task.path("application").path("id").asLong();
                    if (applications.containsKey(application)) {
                        work(reviewer, task, application, conflictTarget);
                    }
                }
            }
            assertThat(decideTasks().keySet()).containsAll(awaitingDecision);
        });
    }

    private void work(String reviewer, JsonNode task, long application, long conflictTarget) {
        String path = "/api/tasks/" + task.path("id").asText();
        if ("DECLARE_CONFLICT".equals(task.path("kind").asText())) {
            boolean conflict = application == conflictTarget && conflictedReviewer == null;
            Map<String, Object> answer = new HashMap<>();
            answer.put("conflict", conflict);
            if (conflict) {
                answer.put("reason", CONFLICT_REASON);
                conflictedReviewer = reviewer;
                conflictedApplication = application;
            }
            assertThat(api.post(reviewer, path + "/conflict", answer).status()).isEqualTo(204);
        } else {
            int quality = applications.get(application).quality();
            int slotBias = Math.floorMod(reviewer.hashCode(), 3) - 1; // reviewers disagree a little
            int score = Math.max(1, Math.min(5, quality + slotBias));
            Map<String, Integer> scores = Map.of("TECHNOLOGY", score, "MARKET", quality, "TEAM", quality,
                    "PLAN", quality, "IMPACT", score);
            Response response = api.post(reviewer, path + "/review", Map.of("scores", scores,
                    "comment", "Scored on the rubric; level " + quality + ".",
                    "recommendation", quality >= 4 ? "ADOPT" : quality <= 2 ? "REJECT" : "REVISE"));
            assertThat(response.status()).as(response.raw()).isEqualTo(204);
        }
    }

    private void decide(long application, JsonNode task) {
        JsonNode view = api.get(PM, "/api/applications/" + application).body();
        double mean = view.path("scores").path("weightedMean").asDouble();
        assertThat(view.path("scores").path("reviewCount").asInt()).isEqualTo(3);
        Fate fate = applications.get(application).fate();
        String outcome;
        String reason;
        if (fate == Fate.REVISED_THEN_ADOPTED) {
            outcome = "REQUEST_REVISION";
            reason = "Promising, but the plan lacks a field trial with users.";
        } else if (mean >= 3.5) {
            outcome = "ADOPT";
            reason = "Weighted mean " + mean + " is above the adoption line of 3.5.";
        } else {
            outcome = "REJECT";
            reason = "Weighted mean " + mean + " is below the adoption line of 3.5.";
        }
        assertThat(outcome).isEqualTo(switch (fate) {
            case ADOPTED -> "ADOPT";
            case REJECTED -> "REJECT";
            default -> "REQUEST_REVISION";
        });
        Response decided = api.post(PM, "/api/tasks/" + task.path("id").asText() + "/decision",
                Map.of("outcome", outcome, "reason", reason));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(204);
    }

    // ---------------------------------------------------------------- checks

    private void assertFinalState(long id, Fate fate) {
        Plan plan = applications.get(id);
        JsonNode view = api.get(plan.applicant(), "/api/applications/" + id).body();
        List<String> history = new ArrayList<>();
        view.path("statusHistory").forEach(change -> history.add(change.path("status").asText()));
        List<String> actions = audit.trailOf(ApplicationService.AUDIT_SUBJECT, id).stream()
                .map(AuditEntry::action).toList();
        List<NotificationKind> told = notifier.aboutApplication(new ApplicationId(id)).stream()
                .map(Notification::kind).toList();
        switch (fate) {
            case INELIGIBLE -> {
                assertThat(view.path("status").asText()).isEqualTo("INELIGIBLE");
                assertThat(lastNote(view)).contains("INSTITUTION_NOT_PARTICIPATING");
                assertThat(history).containsExactly("DRAFT", "SUBMITTED", "INELIGIBLE");
                assertThat(actions).containsSubsequence("APPLICATION_SUBMITTED", "ELIGIBILITY_DECIDED")
                        .doesNotContain("REVIEWERS_ASSIGNED");
                assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, id)).anySatisfy(entry -> assertThat(
                        entry.detail()).contains("ineligible").contains("INSTITUTION_NOT_PARTICIPATING"));
                assertThat(told).containsExactly(NotificationKind.APPLICATION_INELIGIBLE);
            }
            case ADOPTED, REJECTED -> {
                String status = fate == Fate.ADOPTED ? "ADOPTED" : "REJECTED";
                assertThat(view.path("status").asText()).isEqualTo(status);
                assertThat(history).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "AWAITING_DECISION", status);
                assertThat(view.path("decisions")).hasSize(1);
                assertThat(view.path("decisions").get(0).path("reason").asText()).contains("adoption line");
                assertThat(actions).containsSubsequence("APPLICATION_SUBMITTED", "ELIGIBILITY_DECIDED",
                        "REVIEWERS_ASSIGNED", "REVIEW_SUBMITTED", "REVIEW_SUBMITTED", "REVIEW_SUBMITTED",
                        "DECISION_MADE");
                assertDecisionAuditedBy(id, PM);
                assertThat(told).contains(fate == Fate.ADOPTED ? NotificationKind.APPLICATION_ADOPTED
                        : NotificationKind.APPLICATION_REJECTED);
            }
            case REVISED_THEN_ADOPTED -> {
                assertThat(view.path("status").asText()).isEqualTo("ADOPTED");
                assertThat(view.path("reviewRound").asInt()).isEqualTo(2);
                assertThat(history).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "AWAITING_DECISION",
                        "REVISION_REQUESTED", "SUBMITTED", "UNDER_REVIEW", "AWAITING_DECISION", "ADOPTED");
                assertThat(view.path("decisions")).hasSize(2);
                assertThat(actions).containsSubsequence("DECISION_MADE", "APPLICATION_RESUBMITTED",
                        "REVIEWERS_ASSIGNED", "DECISION_MADE");
                assertThat(told).containsSubsequence(NotificationKind.REVISION_REQUESTED,
                        NotificationKind.APPLICATION_ADOPTED);
            }
            case WITHDRAWN -> {
                assertThat(view.path("status").asText()).isEqualTo("WITHDRAWN");
                assertThat(history).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "WITHDRAWN");
                assertThat(actions).contains("APPLICATION_WITHDRAWN").doesNotContain("DECISION_MADE");
                assertThat(told).contains(NotificationKind.APPLICATION_WITHDRAWN);
            }
        }
    }

    private void assertDecisionAuditedBy(long id, String pm) {
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, id))
                .filteredOn(entry -> entry.action().equals("DECISION_MADE"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(pm);
                    assertThat(entry.detail()).containsAnyOf("ADOPT", "REJECT").contains("weighted mean");
                    assertThat(entry.occurredAt()).isNotNull();
                });
    }

    private void assertConflictWasHandled() {
        assertThat(conflictedReviewer).isNotNull();
        List<AuditEntry> trail = audit.trailOf(ApplicationService.AUDIT_SUBJECT, conflictedApplication);
        assertThat(trail).filteredOn(e -> e.action().equals("CONFLICT_DECLARED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(conflictedReviewer);
                    assertThat(e.detail()).contains(CONFLICT_REASON);
                });
        assertThat(trail).extracting(AuditEntry::action).contains("REVIEWER_REASSIGNED");
        assertThat(trail).filteredOn(e -> e.action().equals("REVIEW_SUBMITTED")).hasSize(3)
                .noneMatch(e -> e.actor().equals(conflictedReviewer));
        // the conflicted reviewer no longer sees the application
        assertThat(api.get(conflictedReviewer, "/api/applications/" + conflictedApplication).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- helpers

    private Map<String, Object> draft(long callId, Plan plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("callId", callId);
        body.put("title", plan.field() + " venture of " + plan.applicant() + " (" + plan.institution() + ")");
        body.put("abstractText", "From the laboratory to a first customer in the Tohoku region.");
        body.put("technologyField", plan.field());
        body.put("growthStage", "SEED");
        body.put("requestedAmountYen", plan.amountYen());
        body.put("institutionCode", plan.institution());
        body.put("team", List.of(Map.of("name", plan.applicant(), "role", "lead", "affiliation", plan.institution())));
        return body;
    }

    private List<JsonNode> tasksOf(String user) {
        Response response = api.get(user, "/api/tasks?size=200");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        response.body().forEach(tasks::add);
        return tasks;
    }

    /** The PM's open decision tasks on this test's applications, by application id. */
    private Map<Long, JsonNode> decideTasks() {
        return tasksOf(PM).stream().filter(t -> "DECIDE".equals(t.path("kind").asText()))
                .filter(t -> applications.containsKey(t.path("application").path("id").asLong()))
                .collect(Collectors.toMap(t -> t.path("application").path("id").asLong(), t -> t, (a, b) -> a));
    }

    private List<Long> pendingReview() {
        return applications.keySet().stream()
                .filter(id -> "UNDER_REVIEW".equals(api.get(PM, "/api/applications/" + id).body().path("status").asText()))
                .toList();
    }

    private long idOf(Fate fate) {
        return applications.entrySet().stream().filter(e -> e.getValue().fate() == fate).findFirst().orElseThrow()
                .getKey();
    }

    private List<Long> idsExcept(Fate... fates) {
        Set<Fate> excluded = Set.of(fates);
        return applications.entrySet().stream().filter(e -> !excluded.contains(e.getValue().fate()))
                .map(Map.Entry::getKey).toList();
    }

    private static String lastNote(JsonNode view) {
        JsonNode history = view.path("statusHistory");
        return history.get(history.size() - 1).path("note").asText();
    }
}
