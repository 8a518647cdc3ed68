package jp.mebuki.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Drafts;
import jp.mebuki.web.support.WebIT;

/** The audit trail (staff only) and each user's own notifications, through the API. */
@WebIT
class AuditAndNotificationApiIT {

    @LocalServerPort
    int port;
    @Autowired
    CallCatalog calls;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** app.shimizu of the University of Tokyo: not a member school, so the screening says no at once. */
    private long ineligibleApplication() {
        Map<String, Object> body = Drafts.complete(calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id()
                .value(), "Quantum memory from Hongo");
        body.put("institutionCode", "u-tokyo");
        body.put("technologyField", "QUANTUM");
        Response created = api.post("app.shimizu", "/api/applications", body);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        assertThat(api.submitAndAwaitScreening("app.shimizu", id).body().path("status").asText())
                .isEqualTo("INELIGIBLE");
        return id;
    }

    @Test
    void showsTheProgrammeManagerWhoDidWhatWhenAndWhy() {
        long id = ineligibleApplication();

        Response trail = api.get("pm.sato", "/api/applications/" + id + "/audit");

        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.body().forEach(entry -> actions.add(entry.path("action").asText()));
        assertThat(actions).containsExactly("APPLICATION_DRAFTED", "APPLICATION_SUBMITTED", "ELIGIBILITY_DECIDED");
        JsonNode eligibility = trail.body().get(2);
        assertThat(eligibility.path("actor").asText()).isEqualTo("system");
        assertThat(eligibility.path("detail").asText()).contains("INSTITUTION_NOT_PARTICIPATING");
        assertThat(eligibility.path("occurredAt").asText()).isNotBlank();
        assertThat(trail.body().get(1).path("actor").asText()).isEqualTo("app.shimizu");
    }

    @Test
    void keepsTheAuditTrailFromApplicantsAndReviewers() {
        long id = ineligibleApplication();

        assertThat(api.get("app.shimizu", "/api/applications/" + id + "/audit").status()).isEqualTo(403);
        assertThat(api.get("rev.kato", "/api/applications/" + id + "/audit").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/applications/" + id + "/audit").status()).isEqualTo(401);
        assertThat(api.get("admin", "/api/applications/" + id + "/audit").status()).isEqualTo(200);
        assertThat(api.get("pm.sato", "/api/applications/999999/audit").status()).isEqualTo(404);
    }

    @Test
    void tellsTheApplicantWhyInTheirLanguageAndNobodyElse() {
        long id = ineligibleApplication();

        Response inbox = api.get("app.shimizu", "/api/notifications");

        assertThat(inbox.status()).isEqualTo(200);
        JsonNode told = null;
        for (JsonNode notification : inbox.body()) {
            if (notification.path("applicationId").asLong() == id) {
                told = notification;
            }
        }
        assertThat(told).isNotNull();
        assertThat(told.path("kind").asText()).isEqualTo("APPLICATION_INELIGIBLE");
        // app.shimizu prefers Japanese
        assertThat(told.path("subject").asText()).contains("応募要件");
        assertThat(told.path("body").asText()).contains("INSTITUTION_NOT_PARTICIPATING");
        for (JsonNode notification : api.get("app.abe", "/api/notifications").body()) {
            assertThat(notification.path("applicationId").asLong()).isNotEqualTo(id);
        }
    }
}
