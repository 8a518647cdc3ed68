package jp.mebuki.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.EligibleInstitution;
import jp.mebuki.core.programme.Institution;
import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Drafts;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;

@WebIT
class TaskApiIT {

    private static final Map<String, Integer> GOOD_SCORES = Map.of("TECHNOLOGY", 4, "MARKET", 3, "TEAM", 4,
            "PLAN", 3, "IMPACT", 5);

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDirectory users;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void showsAReviewerOnlyTheirOwnTasksWithTheApplicationSummary() {
        long application = submitted("Inbox gripper", openCallId());
        List<String> reviewers = reviewersOf(application);
        assertThat(reviewers).hasSize(3);

        JsonNode first = taskOf(reviewers.get(0), application, "DECLARE_CONFLICT");
        JsonNode second = taskOf(reviewers.get(1), application, "DECLARE_CONFLICT");

        assertThat(first.path("application").path("title").asText()).isEqualTo("Inbox gripper");
        assertThat(first.path("application").path("applicant").asText()).isEqualTo("app.mori");
        assertThat(first.path("dueAt").asText()).isNotBlank();
        assertThat(taskIds(reviewers.get(0))).contains(first.path("id").asText())
                .doesNotContain(second.path("id").asText());
        String outsider = users.withRole(Role.REVIEWER).stream()
                .map(u -> u.username()).filter(u -> !reviewers.contains(u)).findFirst().orElseThrow();
        assertThat(tasksOf(outsider)).noneMatch(t -> t.path("application").path("id").asLong() == application);
        assertThat(api.get(reviewers.get(0), "/api/applications/" + application).status()).isEqualTo(200);
        assertThat(api.get(outsider, "/api/applications/" + application).status()).isEqualTo(404);
    }

    @Test
    void refusesAnotherReviewersTaskWith404() {
        long application = submitted("Someone else's task", openCallId());
        List<String> reviewers = reviewersOf(application);
        String taskOfFirst = taskOf(reviewers.get(0), application, "DECLARE_CONFLICT").path("id").asText();

        Response response = api.post(reviewers.get(1), "/api/tasks/" + taskOfFirst + "/conflict",
                Map.of("conflict", false));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(taskIds(reviewers.get(0))).contains(taskOfFirst);
    }

    @Test
    void refusesAnOutOfRangeOrUnknownScoreWith400AndKeepsTheTaskOpen() {
        long application = submitted("Badly scored", openCallId());
        String reviewer = reviewersOf(application).get(0);
        String conflictTask = taskOf(reviewer, application, "DECLARE_CONFLICT").path("id").asText();
        assertThat(api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict", Map.of("conflict", false))
                .status()).isEqualTo(204);
        String scoreTask = taskOf(reviewer, application, "SCORE_APPLICATION").path("id").asText();

        Map<String, Integer> nine = new HashMap<>(GOOD_SCORES);
        nine.put("TECHNOLOGY", 9);
        Response outOfRange = api.post(reviewer, "/api/tasks/" + scoreTask + "/review", review(nine));
        Map<String, Integer> unknown = new HashMap<>(GOOD_SCORES);
        unknown.put("ALCHEMY", 3);
        Response unknownCriterion = api.post(reviewer, "/api/tasks/" + scoreTask + "/review", review(unknown));
        Response notANumber = api.post(reviewer, "/api/tasks/" + scoreTask + "/review",
                "{\"scores\":{\"TEAM\":\"excellent\"},\"comment\":\"x\",\"recommendation\":\"ADOPT\"}");

        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().path("field").asText()).isEqualTo("scores.TECHNOLOGY");
        assertThat(unknownCriterion.status()).isEqualTo(400);
        assertThat(unknownCriterion.body().path("field").asText()).isEqualTo("scores.ALCHEMY");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body().path("field").asText()).isEqualTo("scores.TEAM");
        assertThat(taskIds(reviewer)).contains(scoreTask);
    }

    @Test
    void refusesAReviewOnAConflictDeclarationTaskWith409() {
        long application = submitted("Wrong kind of task", openCallId());
        String reviewer = reviewersOf(application).get(0);
        String conflictTask = taskOf(reviewer, application, "DECLARE_CONFLICT").path("id").asText();

        Response response = api.post(reviewer, "/api/tasks/" + conflictTask + "/review", review(GOOD_SCORES));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("code").asText()).isEqualTo("wrong-task-kind");
        assertThat(taskIds(reviewer)).contains(conflictTask);
    }

    @Test
    void hidesTheApplicationFromAReviewerAfterADeclaredConflict() {
        long application = submitted("Conflicted", openCallId());
        String reviewer = reviewersOf(application).get(0);
        String conflictTask = taskOf(reviewer, application, "DECLARE_CONFLICT").path("id").asText();

        Response withoutReason = api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict", Map.of("conflict", true));
        Response withoutAnswer = api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict", Map.of());
        Response declared = api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict",
                Map.of("conflict", true, "reason", "co-author of the applicant"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(withoutAnswer.status()).isEqualTo(400);
        assertThat(withoutAnswer.body().path("field").asText()).isEqualTo("conflict");
        assertThat(declared.status()).isEqualTo(204);
        assertThat(api.get(reviewer, "/api/applications/" + application).status()).isEqualTo(404);
        assertThat(tasksOf(reviewer)).noneMatch(t -> t.path("application").path("id").asLong() == application);
    }

    @Test
    void letsTheProgrammeManagerDecideOnceEveryReviewIsIn() {
        long application = submitted("Reviewed and decided", openCallId());
        List<String> reviewers = reviewersOf(application);
        String decideTask = reviewByAll(application);

        Response withoutReason = api.post("pm.sato", "/api/tasks/" + decideTask + "/decision", Map.of("outcome", "ADOPT"));
        Response unknownOutcome = api.post("pm.sato", "/api/tasks/" + decideTask + "/decision",
                Map.of("outcome", "MAYBE", "reason", "undecided"));
        Response byApplicant = api.post("app.mori", "/api/tasks/" + decideTask + "/decision",
                Map.of("outcome", "ADOPT", "reason", "I like it"));
        Response byReviewer = api.post(reviewers.get(0), "/api/tasks/" + decideTask + "/decision",
                Map.of("outcome", "ADOPT", "reason", "I like it"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(unknownOutcome.status()).isEqualTo(400);
        assertThat(unknownOutcome.body().path("field").asText()).isEqualTo("outcome");
        assertThat(byApplicant.status()).isEqualTo(403);
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(taskIds("pm.sato")).contains(decideTask);

        Response decided = api.post("pm.sato", "/api/tasks/" + decideTask + "/decision",
                Map.of("outcome", "ADOPT", "reason", "strong technology and a credible team"));

        assertThat(decided.status()).isEqualTo(204);
        JsonNode ownView = api.get("app.mori", "/api/applications/" + application).body();
        assertThat(ownView.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(ownView.path("decisions").get(0).path("outcome").asText()).isEqualTo("ADOPT");
        assertThat(ownView.has("scores")).isFalse();
        JsonNode staffView = api.get("pm.suzuki", "/api/applications/" + application).body();
        assertThat(staffView.path("scores").path("reviewCount").asInt()).isEqualTo(3);
        assertThat(staffView.path("scores").path("weightedMean").decimalValue()).isPositive();
    }

    @Test
    void letsTheApplicantReviseAndResubmitWhenTheProgrammeManagerAsksForIt() {
        long application = submitted("Needs another round", openCallId());
        String decideTask = reviewByAll(application);
        assertThat(api.post("pm.sato", "/api/tasks/" + decideTask + "/decision",
                Map.of("outcome", "REQUEST_REVISION", "reason", "clarify the budget")).status()).isEqualTo(204);
        assertThat(api.get("app.mori", "/api/applications/" + application).body().path("status").asText())
                .isEqualTo("REVISION_REQUESTED");

        Map<String, Object> revised = Drafts.complete(openCallId(), "Needs another round (revised budget)");
        Response edited = api.put("app.mori", "/api/applications/" + application, revised);
        Response resubmitted = api.post("app.mori", "/api/applications/" + application + "/submit", "");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(resubmitted.status()).isEqualTo(200);
        assertThat(resubmitted.body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(resubmitted.body().path("reviewRound").asInt()).isEqualTo(2);
        assertThat(resubmitted.body().path("decisions").get(0).path("reason").asText()).isEqualTo("clarify the budget");
        String reviewer = reviewersOf(application).get(0);
        assertThat(taskOf(reviewer, application, "DECLARE_CONFLICT").path("application").path("title").asText())
                .isEqualTo("Needs another round (revised budget)");
    }

    @Test
    void takesTheTasksOfAWithdrawnApplicationAway() {
        long application = submitted("Withdrawn during review", openCallId());
        String reviewer = reviewersOf(application).get(0);
        String conflictTask = taskOf(reviewer, application, "DECLARE_CONFLICT").path("id").asText();

        assertThat(api.post("app.mori", "/api/applications/" + application + "/withdraw",
                Map.of("reason", "licensed to a company")).status()).isEqualTo(200);

        assertThat(taskIds(reviewer)).doesNotContain(conflictTask);
        assertThat(api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict", Map.of("conflict", false))
                .status()).isEqualTo(404);
    }

    @Test
    void hidesTheApplicantsIdentityFromReviewersOfABlindCall() {
        long application = submitted("Blindly reviewed gripper", blindCallId());
        String reviewer = reviewersOf(application).get(0);

        JsonNode task = taskOf(reviewer, application, "DECLARE_CONFLICT");
        JsonNode reviewerView = api.get(reviewer, "/api/applications/" + application).body();
        List<JsonNode> reviewerList = new ArrayList<>();
        api.get(reviewer, "/api/applications").body().forEach(reviewerList::add);
        JsonNode staffView = api.get("pm.sato", "/api/applications/" + application).body();

        assertThat(task.path("application").path("title").asText()).isEqualTo("Blindly reviewed gripper");
        assertThat(task.path("application").has("applicant")).isFalse();
        assertThat(task.path("application").has("institutionCode")).isFalse();
        assertThat(reviewerView.path("identityHidden").asBoolean()).isTrue();
        assertThat(reviewerView.has("applicant")).isFalse();
        assertThat(reviewerView.has("team")).isFalse();
        assertThat(reviewerView.has("institutionCode")).isFalse();
        assertThat(reviewerView.toString()).doesNotContain("app.mori").doesNotContain("Mori Kaito")
                .doesNotContain("sendai-kosen");
        assertThat(reviewerList).filteredOn(a -> a.path("id").asLong() == application).singleElement()
                .satisfies(a -> assertThat(a.has("applicant")).isFalse());
        assertThat(staffView.path("applicant").asText()).isEqualTo("app.mori");
        assertThat(staffView.path("team").get(0).path("name").asText()).isEqualTo("Mori Kaito");
    }

    // ---------------------------------------------------------------- helpers

    private long submitted(String title, long callId) {
        Map<String, Object> body = Drafts.complete(callId, title);
        Response created = api.post("app.mori", "/api/applications", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        assertThat(api.submitAndAwaitScreening("app.mori", id).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        return id;
    }

    /** Every assigned reviewer declares no conflict and reviews; returns the programme manager's decision task. */
    private String reviewByAll(long application) {
        for (String reviewer : reviewersOf(application)) {
            String conflictTask = taskOf(reviewer, application, "DECLARE_CONFLICT").path("id").asText();
            assertThat(api.post(reviewer, "/api/tasks/" + conflictTask + "/conflict", Map.of("conflict", false))
                    .status()).isEqualTo(204);
            String scoreTask = taskOf(reviewer, application, "SCORE_APPLICATION").path("id").asText();
            assertThat(api.post(reviewer, "/api/tasks/" + scoreTask + "/review", review(GOOD_SCORES)).status())
                    .isEqualTo(204);
        }
        return awaitTask("pm.sato", application, "DECIDE").path("id").asText();
    }

    /** The reviewers currently holding a slot, in slot order. */
    private List<String> reviewersOf(long application) {
        return reviews.assignmentsOf(new ApplicationId(application)).stream()
                .filter(a -> a.state() == AssignmentState.ASSIGNED || a.state() == AssignmentState.ACCEPTED)
                .map(a -> users.require(a.reviewerId()).username()).toList();
    }

    private List<JsonNode> tasksOf(String user) {
        Response response = api.get(user, "/api/tasks?size=200");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        response.body().forEach(tasks::add);
        return tasks;
    }

    private Set<String> taskIds(String user) {
        return tasksOf(user).stream().map(t -> t.path("id").asText()).collect(Collectors.toSet());
    }

    private JsonNode taskOf(String user, long application, String kind) {
        return tasksOf(user).stream()
                .filter(t -> t.path("application").path("id").asLong() == application)
                .filter(t -> kind.equals(t.path("kind").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(user + " has no " + kind + " task on " + application));
    }

    /** Waits for a task that appears after an asynchronous step (the job executor computes the scores). */
    private JsonNode awaitTask(String user, long application, String kind) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<JsonNode> found = tasksOf(user).stream()
                    .filter(t -> t.path("application").path("id").asLong() == application)
                    .filter(t -> kind.equals(t.path("kind").asText())).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(user + " got no " + kind + " task on " + application + " within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Map<String, Object> review(Map<String, Integer> scores) {
        return Map.of("scores", scores, "comment", "Convincing prototype; the market needs more work.",
                "recommendation", "ADOPT");
    }

    private long openCallId() {
        return calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id().value();
    }

    /** A blind call beside the demo's open call, created once per test context. */
    private long blindCallId() {
        return calls.findCallByCode("MGF-2026-BLIND").orElseGet(() -> {
            Call open = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow();
            Set<EligibleInstitution> members = calls.institutions().stream().filter(Institution::platformMember)
                    .map(i -> new EligibleInstitution(i.code())).collect(Collectors.toSet());
            return calls.saveCall(new Call(null, open.programmeId(), "MGF-2026-BLIND", "Blind call", "ブラインド審査の公募",
                    open.opensAt(), open.closesAt(), 10_000_000L, 5_000_000L, 3, 14, 3, true, members,
                    DemoDataLoader.gapFundRubric(), null));
        }).id().value();
    }
}
