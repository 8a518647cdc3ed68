package jp.mebuki.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditEntry;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Drafts;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;

/** Retried and duplicated creating calls with an {@code Idempotency-Key}: the change happens once. */
@WebIT
class IdempotencyApiIT {

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuditLog audit;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDirectory users;
    @Autowired
    MutableClock clock;
    @Autowired
    IdempotencyRecordPurge purge;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void aRetriedSubmitReturnsTheFirstResultAndStartsOneScreening() {
        long id = draft("Retried submit");
        String key = newKey();

        Response first = api.post("app.mori", submit(id), "", key);
        Response retry = api.post("app.mori", submit(id), "", key);

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.header(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertThat(retry.status()).as(retry.raw()).isEqualTo(200);
        assertThat(retry.header(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(first.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertOneScreeningAndOneSubmission(id);

        // without the key the same call is a second submit, which the domain refuses
        assertThat(api.post("app.mori", submit(id), "").status()).isEqualTo(409);
    }

    @Test
    void concurrentDuplicatesOfASubmitStartOneScreening() throws Exception {
        long id = draft("Duplicated submit");
        String key = newKey();
        int clients = 6;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return api.post("app.mori", submit(id), "", key);
            }));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // every duplicate either replays the first response or, while the first is still running on a
        // database that does not make it wait, is told to retry (409); none acts a second time
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.raw()).isIn(200, 409));
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.body().path("code").asText()).isEqualTo("idempotent-request-in-progress"));
        List<Response> succeeded = responses.stream().filter(r -> r.status() == 200).toList();
        assertThat(succeeded).isNotEmpty()
                .allSatisfy(r -> assertThat(r.body().path("status").asText()).isEqualTo("SUBMITTED"));
        assertThat(succeeded).filteredOn(r -> r.header(IdempotentRequests.REPLAYED_HEADER) == null).hasSize(1);
        assertOneScreeningAndOneSubmission(id);
        Response retryAfterwards = api.post("app.mori", submit(id), "", key);
        assertThat(retryAfterwards.status()).isEqualTo(200);
        assertThat(retryAfterwards.header(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aRetriedCreateReturnsTheSameDraftAndLocation() {
        String key = newKey();
        Map<String, Object> body = Drafts.complete(openCallId(), "Retried create");

        Response first = api.post("app.mori", "/api/applications", body, key);
        Response retry = api.post("app.mori", "/api/applications", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
        long created = api.get("app.mori", "/api/applications").body().findValues("title").stream()
                .filter(t -> t.asText().equals("Retried create")).count();
        assertThat(created).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String key = newKey();
        assertThat(api.post("app.mori", "/api/applications", Drafts.complete(openCallId(), "First use"), key).status())
                .isEqualTo(201);

        Response reused = api.post("app.mori", "/api/applications", Drafts.complete(openCallId(), "Other body"), key);

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body().path("code").asText()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        Response response = api.post("app.mori", "/api/applications", Drafts.complete(openCallId(), "Bad key"), "no");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aFailedAttemptLeavesNothingSoTheRetryActs() {
        Map<String, Object> incomplete = Drafts.complete(openCallId(), "Incomplete at first");
        incomplete.remove("abstractText");
        long id = api.post("app.mori", "/api/applications", incomplete).body().path("id").asLong();
        String key = newKey();

        Response refused = api.post("app.mori", submit(id), "", key);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id)).count()).isZero();

        Map<String, Object> fixed = Drafts.complete(openCallId(), "Incomplete at first");
        fixed.remove("callId");
        assertThat(api.put("app.mori", "/api/applications/" + id, fixed).status()).isEqualTo(200);
        Response retry = api.post("app.mori", submit(id), "", key);
        assertThat(retry.status()).as(retry.raw()).isEqualTo(200);
        assertThat(retry.header(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertOneScreeningAndOneSubmission(id);
    }

    @Test
    void anotherUserWithTheSameKeyGetsNoReplayOfSomeoneElsesResponse() {
        long id = draft("Not yours");
        String key = newKey();
        assertThat(api.post("app.mori", submit(id), "", key).status()).isEqualTo(200);

        Response intruder = api.post("app.abe", submit(id), "", key);

        assertThat(intruder.status()).isEqualTo(404);
        assertThat(intruder.raw()).doesNotContain("Not yours");
    }

    @Test
    void aRetriedTaskCompletionIsDoneOnce() {
        long id = draft("Retried task completion");
        assertThat(api.submitAndAwaitScreening("app.mori", id).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        String reviewer = reviews.assignmentsOf(new ApplicationId(id)).stream()
                .filter(a -> a.state() == AssignmentState.ASSIGNED).map(a -> users.require(a.reviewerId()).username())
                .findFirst().orElseThrow();
        String task = api.get(reviewer, "/api/tasks?size=200").body().findParents("kind").stream()
                .filter(t -> t.path("application").path("id").asLong() == id).findFirst().orElseThrow()
                .path("id").asText();
        String key = newKey();

        Response first = api.post(reviewer, "/api/tasks/" + task + "/conflict", Map.of("conflict", false), key);
        Response retry = api.post(reviewer, "/api/tasks/" + task + "/conflict", Map.of("conflict", false), key);

        assertThat(first.status()).isEqualTo(204);
        assertThat(retry.status()).isEqualTo(204);
        assertThat(retry.header(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, id)).extracting(AuditEntry::action)
                .filteredOn("NO_CONFLICT_DECLARED"::equals).hasSize(1);
        assertThat(reviews.assignmentsOf(new ApplicationId(id))).filteredOn(a -> a.state() == AssignmentState.ACCEPTED)
                .hasSize(1);
    }

    @Test
    void forgetsAKeyAfterItsRetentionSoTheDatabaseDoesNotGrowWithoutBound() {
        String key = newKey();
        Map<String, Object> body = Drafts.complete(openCallId(), "Forgotten key");
        long first = api.post("app.mori", "/api/applications", body, key).body().path("id").asLong();

        clock.advance(IdempotencyRecordPurge.RETENTION.plusMinutes(1));
        try {
            purge.purge();
        } finally {
            clock.reset();
        }

        Response afterPurge = api.post("app.mori", "/api/applications", body, key);
        assertThat(afterPurge.status()).isEqualTo(201);
        assertThat(afterPurge.header(IdempotentRequests.REPLAYED_HEADER)).isNull();
        assertThat(afterPurge.body().path("id").asLong()).isNotEqualTo(first);
    }

    // ---------------------------------------------------------------- helpers

    private void assertOneScreeningAndOneSubmission(long id) {
        api.awaitScreening("app.mori", id); // reviewers are assigned by the screening's job after the submit
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id)).count())
                .isEqualTo(1);
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, id)).extracting(AuditEntry::action)
                .filteredOn("APPLICATION_SUBMITTED"::equals).hasSize(1);
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, id)).extracting(AuditEntry::action)
                .filteredOn("REVIEWERS_ASSIGNED"::equals).hasSize(1);
    }

    private long draft(String title) {
        Response created = api.post("app.mori", "/api/applications", Drafts.complete(openCallId(), title));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    private static String submit(long id) {
        return "/api/applications/" + id + "/submit";
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private long openCallId() {
        return calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id().value();
    }
}
