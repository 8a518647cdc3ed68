package jp.mebuki.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Drafts;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;

@WebIT
class ApplicationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------- drafts

    @Test
    void createsADraftWithLocationAndEditsIt() {
        Response created = api.post("app.mori", "/api/applications", complete("Soft robotic gripper"));

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).endsWith("/api/applications/" + created.body().path("id").asLong());
        assertThat(created.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.body().path("applicant").asText()).isEqualTo("app.mori");

        Map<String, Object> edit = complete("Soft robotic gripper for fisheries");
        edit.remove("callId");
        edit.put("requestedAmountYen", 4_000_000);
        Response edited = api.put("app.mori", path(created), edit);
        assertThat(edited.status()).isEqualTo(200);

        JsonNode reloaded = api.get("app.mori", path(created)).body();
        assertThat(reloaded.path("title").asText()).isEqualTo("Soft robotic gripper for fisheries");
        assertThat(reloaded.path("requestedAmountYen").asLong()).isEqualTo(4_000_000);
        assertThat(reloaded.path("team").get(0).path("name").asText()).isEqualTo("Mori Kaito");
        assertThat(reloaded.path("statusHistory").get(0).path("status").asText()).isEqualTo("DRAFT");
        assertThat(reloaded.path("statusHistory").get(0).path("actor").asText()).isEqualTo("app.mori");
        assertThat(reloaded.has("scores")).as("scores are for staff only").isFalse();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing title", "title", null, "title"),
                Arguments.of("blank title", "title", "  ", "title"),
                Arguments.of("missing callId", "callId", null, "callId"),
                Arguments.of("negative amount", "requestedAmountYen", -1, "requestedAmountYen"),
                Arguments.of("amount over the cap", "requestedAmountYen", 5_000_001, "requestedAmountYen"),
                Arguments.of("unknown technology field", "technologyField", "ALCHEMY", "technologyField"),
                Arguments.of("unknown institution", "institutionCode", "hogwarts", "institutionCode"),
                Arguments.of("unknown growth stage", "growthStage", "UNICORN", "growthStage"),
                Arguments.of("team member without a name", "team", List.of(Map.of("role", "lead")), "team[0].name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputWith400NamingTheFieldAndSavesNothing(String what, String field, Object value,
            String expectedField) {
        int before = countAsProgrammeManager();
        Map<String, Object> body = complete("Bad input: " + what);
        body.put(field, value);

        Response response = api.post("app.mori", "/api/applications", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("field").asText()).isEqualTo(expectedField);
        assertThat(response.raw()).doesNotContain("\tat ");
        assertThat(countAsProgrammeManager()).isEqualTo(before);
    }

    @Test
    void listsEveryBeanValidationErrorOfARequest() {
        Map<String, Object> body = complete("x");
        body.put("title", "");
        body.put("requestedAmountYen", -5);

        Response response = api.post("app.mori", "/api/applications", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("title", "requestedAmountYen");
    }

    @Test
    void refusesMalformedJsonWith400() {
        Response response = api.post("app.mori", "/api/applications", "{\"callId\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.raw()).doesNotContain("\tat ");
    }

    @Test
    void refusesADraftInTheClosedCallWith409() {
        int before = countAsProgrammeManager();
        Map<String, Object> body = complete("Too late");
        body.put("callId", calls.findCallByCode("MGF-2026-1").orElseThrow().id().value());

        Response response = api.post("app.mori", "/api/applications", body);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("code").asText()).isEqualTo("call-closed");
        assertThat(countAsProgrammeManager()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownApplicationWith404() {
        Response response = api.get("app.mori", "/api/applications/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    // ---------------------------------------------------------------- submit and withdraw

    @Test
    void acknowledgesTheSubmitAndScreensTheApplicationInTheBackground() {
        Response created = api.post("app.mori", "/api/applications", complete("Submitted gripper"));

        Response submitted = api.post("app.mori", path(created) + "/submit", "");

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().path("firstSubmittedAt").asText()).isNotBlank();
        Response screened = api.awaitScreening("app.mori", created.body().path("id").asLong());
        assertThat(screened.body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        List<String> history = new ArrayList<>();
        screened.body().path("statusHistory").forEach(change -> history.add(change.path("status").asText()));
        assertThat(history).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW");
    }

    @Test
    void screensOutAnApplicantOfANonMemberInstitution() {
        Map<String, Object> body = complete("From outside the platform");
        body.put("institutionCode", "u-tokyo");
        Response created = api.post("app.shimizu", "/api/applications", body);

        Response screened = api.submitAndAwaitScreening("app.shimizu", created.body().path("id").asLong());

        assertThat(screened.body().path("status").asText()).isEqualTo("INELIGIBLE");
    }

    @Test
    void refusesASecondSubmitWith409() {
        Response created = api.post("app.mori", "/api/applications", complete("Submitted twice"));
        api.post("app.mori", path(created) + "/submit", "");

        Response again = api.post("app.mori", path(created) + "/submit", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("code").asText()).isEqualTo("already-submitted");
    }

    @Test
    void refusesEditingASubmittedApplicationWith409() {
        Response created = api.post("app.mori", "/api/applications", complete("Frozen after submit"));
        api.post("app.mori", path(created) + "/submit", "");
        Map<String, Object> edit = complete("Changed after submit");
        edit.remove("callId");

        Response response = api.put("app.mori", path(created), edit);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("code").asText()).isEqualTo("not-editable");
        assertThat(api.get("app.mori", path(created)).body().path("title").asText()).isEqualTo("Frozen after submit");
    }

    @Test
    void refusesASubmitAfterTheCallClosedWith409() {
        Response created = api.post("app.mori", "/api/applications", complete("Submitted too late"));
        clock.advance(Duration.ofDays(61));

        Response response = api.post("app.mori", path(created) + "/submit", "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("code").asText()).isEqualTo("call-closed");
        assertThat(api.get("app.mori", path(created)).body().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void refusesToSubmitAnIncompleteDraftWith400NamingTheMissingField() {
        Map<String, Object> body = complete("Incomplete");
        body.remove("abstractText");
        Response created = api.post("app.mori", "/api/applications", body);

        Response response = api.post("app.mori", path(created) + "/submit", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("field").asText()).isEqualTo("abstractText");
        assertThat(api.get("app.mori", path(created)).body().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void withdrawsASubmittedApplicationWithAReason() {
        Response created = api.post("app.mori", "/api/applications", complete("Withdrawn gripper"));
        api.submitAndAwaitScreening("app.mori", created.body().path("id").asLong());

        Response withdrawn = api.post("app.mori", path(created) + "/withdraw", Map.of("reason", "found other funding"));

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode history = withdrawn.body().path("statusHistory");
        assertThat(history.get(history.size() - 1).path("note").asText()).isEqualTo("found other funding");
        assertThat(api.post("app.mori", path(created) + "/withdraw", "").status()).isEqualTo(409);
    }

    @Test
    void withdrawsADraftWithoutABody() {
        Response created = api.post("app.mori", "/api/applications", complete("Withdrawn draft"));

        Response withdrawn = api.send(api.request("app.mori", path(created) + "/withdraw")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void refusesAnotherApplicantsApplicationWith404() {
        Response created = api.post("app.mori", "/api/applications", complete("Mori's own idea"));
        Map<String, Object> edit = complete("Stolen idea");
        edit.remove("callId");

        assertThat(api.get("app.abe", path(created)).status()).isEqualTo(404);
        assertThat(api.put("app.abe", path(created), edit).status()).isEqualTo(404);
        assertThat(api.post("app.abe", path(created) + "/submit", "").status()).isEqualTo(404);
        assertThat(api.post("app.abe", path(created) + "/withdraw", "").status()).isEqualTo(404);
        JsonNode untouched = api.get("app.mori", path(created)).body();
        assertThat(untouched.path("title").asText()).isEqualTo("Mori's own idea");
        assertThat(untouched.path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void refusesAReviewerCreatingAnApplicationWith403() {
        Response response = api.post("rev.takahashi", "/api/applications", complete("Reviewer's idea"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAProgrammeManagerEditingADraftWith403() {
        Response created = api.post("app.mori", "/api/applications", complete("Mori's draft"));
        Map<String, Object> edit = complete("Edited by the PM");
        edit.remove("callId");

        assertThat(api.put("pm.sato", path(created), edit).status()).isEqualTo(403);
    }

    @Test
    void refusesAMentorTheApplicationListWith403() {
        assertThat(api.get("mentor.ikeda", "/api/applications").status()).isEqualTo(403);
    }

    @Test
    void showsAnApplicantOnlyTheirOwnApplications() {
        api.post("app.mori", "/api/applications", complete("Mori's listed draft"));
        api.post("app.abe", "/api/applications", complete("Abe's listed draft"));

        List<String> applicants = new ArrayList<>();
        api.get("app.abe", "/api/applications").body().forEach(a -> applicants.add(a.path("applicant").asText()));

        assertThat(applicants).isNotEmpty().containsOnly("app.abe");
    }

    @Test
    void showsAProgrammeManagerEveryApplicationWithScores() {
        Response mori = api.post("app.mori", "/api/applications", complete("Mori's draft for the PM"));
        api.post("app.abe", "/api/applications", complete("Abe's draft for the PM"));

        List<String> applicants = new ArrayList<>();
        api.get("pm.sato", "/api/applications").body().forEach(a -> applicants.add(a.path("applicant").asText()));
        JsonNode detail = api.get("pm.suzuki", path(mori)).body();

        assertThat(applicants).contains("app.mori", "app.abe");
        assertThat(detail.path("scores").path("reviewCount").asInt()).isZero();
        assertThat(detail.path("applicant").asText()).isEqualTo("app.mori");
    }

    @Test
    void hidesAnApplicationFromAReviewerWhoIsNotAssignedWith404() {
        Response created = api.post("app.mori", "/api/applications", complete("Not yours to review"));

        assertThat(api.get("rev.takahashi", path(created)).status()).isEqualTo(404);
    }

    @Test
    void answers409AndSavesNothingWhenTheDraftChangedDuringTheEdit() throws Exception {
        Response created = api.post("app.mori", "/api/applications", complete("Draft edited twice at once"));
        long id = created.body().path("id").asLong();
        CountDownLatch rowLocked = new CountDownLatch(1);
        // another change of the same draft holds its row while the edit reads, and commits while the edit waits
        // for the row: the edit's versioned update then finds a newer version and must not overwrite it
        CompletableFuture<Void> otherChange = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                status -> {
                    jdbc.sql("update application set title = 'Changed at the same moment', version = version + 1"
                            + " where id = ?").param(id).update();
                    rowLocked.countDown();
                    sleep(Duration.ofMillis(700));
                }));
        assertThat(rowLocked.await(10, TimeUnit.SECONDS)).isTrue();
        Map<String, Object> edit = complete("Edit that lost the race");
        edit.remove("callId");
        edit.put("requestedAmountYen", 1_234_000);

        Response lost = api.put("app.mori", path(created), edit);
        otherChange.get(10, TimeUnit.SECONDS);

        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.header("Content-Type")).startsWith("application/problem+json");
        assertThat(lost.body().path("code").asText()).isEqualTo("concurrent-change");
        JsonNode reloaded = api.get("app.mori", path(created)).body();
        assertThat(reloaded.path("title").asText()).isEqualTo("Changed at the same moment");
        assertThat(reloaded.path("requestedAmountYen").asLong()).isNotEqualTo(1_234_000);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- helpers

    private int countAsProgrammeManager() {
        return api.get("pm.sato", "/api/applications").body().size();
    }

    private long openCallId() {
        return calls.findCallByCode("MGF-2026-2").orElseThrow().id().value();
    }

    private static String path(Response created) {
        return "/api/applications/" + created.body().path("id").asLong();
    }

    private Map<String, Object> complete(String title) {
        return Drafts.complete(openCallId(), title);
    }
}
