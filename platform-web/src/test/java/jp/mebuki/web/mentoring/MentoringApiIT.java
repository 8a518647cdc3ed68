package jp.mebuki.web.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.mentor.Mentee;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.mentoring.MentoringProcessService;

/**
 * Mentor profiles, mentoring matches and the mentoring tasks through the REST API, with the wrong user
 * and bad input for each. Teams are SBIR projects started through the process facade (as SBIR hands-on
 * support will), so the proposed mentor depends on the pool's load: the tests read it from the API.
 */
@WebIT
class MentoringApiIT {

    private static final String PM = "pm.sato";
    private static final AtomicLong NEXT_PROJECT = new AtomicLong(8000);

    @LocalServerPort
    int port;
    @Autowired
    MentoringProcessService process;
    @Autowired
    UserDirectory users;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void programmeManagersListMentorProfilesAndMentorsOnlyTheirOwn() {
        Response all = api.get(PM, "/api/mentors");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).hasSizeGreaterThanOrEqualTo(12);
        JsonNode ikeda = find(all.body(), "username", "mentor.ikeda");
        assertThat(ikeda.path("alumniFounder").asBoolean()).isTrue();
        assertThat(ikeda.has("currentLoad")).isTrue();

        assertThat(api.get("mentor.ikeda", "/api/mentors").status()).isEqualTo(403);
        assertThat(api.get("app.abe", "/api/mentors").status()).isEqualTo(403);
        assertThat(api.get("mentor.ikeda", "/api/mentors/" + ikeda.path("userId").asLong()).status()).isEqualTo(403);
        Response own = api.get("mentor.ikeda", "/api/mentors/me");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().path("username").asText()).isEqualTo("mentor.ikeda");
        assertThat(api.get("pm.sato", "/api/mentors/me").status()).isEqualTo(403);
        assertThat(api.put("app.abe", "/api/mentors/me", profile(2)).status()).isEqualTo(403);
    }

    @Test
    void refusesABadProfileNamingTheFieldAndSavesNothing() {
        Map<String, Object> bad = profile(2);
        bad.put("fieldCodes", List.of("ALCHEMY"));
        Response refused = api.put("mentor.sakai", "/api/mentors/me", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().path("field").asText()).isEqualTo("fieldCodes");

        Map<String, Object> tooMany = profile(99);
        assertThat(api.put("mentor.sakai", "/api/mentors/me", tooMany).body().path("field").asText())
                .isEqualTo("capacity");
        Map<String, Object> badConflict = profile(2);
        badConflict.put("conflicts", List.of(Map.of("kind", "TEAM", "reference", "team 12", "reason", "cousin")));
        assertThat(api.put("mentor.sakai", "/api/mentors/me", badConflict).body().path("field").asText())
                .isEqualTo("conflicts[0].reference");

        assertThat(api.get("mentor.sakai", "/api/mentors/me").body().path("fieldCodes"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("BIO", "FOOD_AGRI");
    }

    @Test
    void runsAProposalThroughTheTasksWithRoleAndOwnershipChecks() {
        MentoringMatch started = roboticsTeam();
        long matchId = started.getId().value();

        // the PM sees the proposal with its score explanation
        Response match = api.get(PM, "/api/mentoring/matches/" + matchId);
        assertThat(match.status()).isEqualTo(200);
        JsonNode proposal = match.body().path("offers").get(0);
        assertThat(proposal.path("state").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.path("fit").path("explanation").asText()).startsWith("fit ")
                .contains("field 40", "load");
        long mentorId = proposal.path("mentorId").asLong();
        String mentor = api.get(PM, "/api/mentors/" + mentorId).body().path("username").asText();
        String otherMentor = mentor.equals("mentor.fujita") ? "mentor.okada" : "mentor.fujita";

        // confirm: only PMs; an override needs a reason
        String confirm = taskOf(PM, matchId, "CONFIRM_MENTOR_PROPOSAL");
        long okadaId = users.requireByUsername("mentor.okada").id().value();
        assertThat(api.post(mentor, "/api/tasks/" + confirm + "/mentor-proposal", Map.of()).status()).isEqualTo(403);
        Response noReason = api.post(PM, "/api/tasks/" + confirm + "/mentor-proposal", Map.of("mentorId", okadaId));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(api.post(PM, "/api/tasks/" + confirm + "/mentor-proposal", Map.of()).status()).isEqualTo(204);

        // the offer: another mentor cannot answer it (404), a decline needs a reason
        String respond = taskOf(mentor, matchId, "RESPOND_TO_MENTORING_OFFER");
        assertThat(api.post(otherMentor, "/api/tasks/" + respond + "/mentoring-offer", Map.of("accept", true)).status())
                .isEqualTo(404);
        assertThat(api.post("app.mori", "/api/tasks/" + respond + "/mentoring-offer", Map.of("accept", true)).status())
                .isEqualTo(403);
        Response declineWithoutReason = api.post(mentor, "/api/tasks/" + respond + "/mentoring-offer",
                Map.of("accept", false));
        assertThat(declineWithoutReason.status()).isEqualTo(400);
        assertThat(declineWithoutReason.body().path("field").asText()).isEqualTo("reason");

        // capacity below the current load is refused, naming the field
        Response capacity = api.put(mentor, "/api/mentors/me", profileOf(mentor, 0));
        assertThat(capacity.status()).isEqualTo(400);
        assertThat(capacity.body().path("field").asText()).isEqualTo("capacity");
        assertThat(capacity.body().path("code").asText()).isEqualTo("capacity-below-load");

        assertThat(api.post(mentor, "/api/tasks/" + respond + "/mentoring-offer", Map.of("accept", true)).status())
                .isEqualTo(204);
        assertThat(api.get(PM, "/api/mentoring/matches/" + matchId).body().path("state").asText()).isEqualTo("ACTIVE");

        // who sees the match and logs sessions
        assertThat(api.get(mentor, "/api/mentoring/matches/" + matchId).status()).isEqualTo(200);
        assertThat(api.get("app.mori", "/api/mentoring/matches/" + matchId).status()).isEqualTo(200);
        assertThat(api.get(otherMentor, "/api/mentoring/matches/" + matchId).status()).isEqualTo(404);
        assertThat(api.get("app.abe", "/api/mentoring/matches/" + matchId).status()).isEqualTo(404);
        Map<String, Object> session = Map.of("summary", "Reviewed the pitch deck.");
        assertThat(api.post(otherMentor, "/api/mentoring/matches/" + matchId + "/sessions", session).status())
                .isEqualTo(404);
        Response blank = api.post(mentor, "/api/mentoring/matches/" + matchId + "/sessions", Map.of("summary", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().path("field").asText()).isEqualTo("summary");
        assertThat(api.post(mentor, "/api/mentoring/matches/" + matchId + "/sessions", session).status()).isEqualTo(201);
        Response sessions = api.get("app.mori", "/api/mentoring/matches/" + matchId + "/sessions");
        assertThat(sessions.body()).singleElement()
                .satisfies(s -> assertThat(s.path("outcome").asText()).isEqualTo("HELD"));
        assertThat(api.get(mentor, "/api/mentoring/matches").body()).extracting(m -> m.path("id").asLong())
                .contains(matchId);
    }

    @Test
    void programmeManagersRematchWaitingProposalsInOneBatch() {
        MentoringMatch first = roboticsTeam();
        MentoringMatch second = roboticsTeam();

        assertThat(api.post("mentor.ikeda", "/api/mentoring/batch-proposals", Map.of()).status()).isEqualTo(403);
        Response batch = api.post(PM, "/api/mentoring/batch-proposals", Map.of());

        assertThat(batch.status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        batch.body().forEach(m -> ids.add(m.path("id").asLong()));
        assertThat(ids).contains(first.getId().value(), second.getId().value());
        batch.body().forEach(m -> {
            JsonNode latest = m.path("offers").get(m.path("offers").size() - 1);
            if ("PROPOSED".equals(m.path("state").asText())) {
                assertThat(latest.path("note").asText()).startsWith("optimal batch match of");
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private MentoringMatch roboticsTeam() {
        return process.requestMentor(new MenteeRequest(new Mentee(MenteeKind.SBIR_PROJECT, NEXT_PROJECT.incrementAndGet()),
                users.requireByUsername("app.mori").id(), "Soft robotic gripper", "ROBOTICS_DRONES", GrowthStage.SEED,
                "sendai-kosen", null));
    }

    private String taskOf(String user, long matchId, String kind) {
        Response tasks = api.get(user, "/api/tasks?size=200");
        assertThat(tasks.status()).isEqualTo(200);
        for (JsonNode task : tasks.body()) {
            if (task.path("mentoringMatchId").asLong() == matchId && kind.equals(task.path("kind").asText())) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + kind + " task on mentoring " + matchId + ": " + tasks.raw());
    }

    private Map<String, Object> profileOf(String mentor, int capacity) {
        JsonNode own = api.get(mentor, "/api/mentors/me").body();
        Map<String, Object> profile = new HashMap<>();
        profile.put("fieldCodes", texts(own.path("fieldCodes")));
        profile.put("stages", texts(own.path("stages")));
        profile.put("prefecture", own.path("prefecture").asText());
        profile.put("languages", texts(own.path("languages")));
        profile.put("capacity", capacity);
        profile.put("available", own.path("available").asBoolean());
        profile.put("alumniFounder", own.path("alumniFounder").asBoolean());
        profile.put("institutionCode", own.path("institutionCode").isMissingNode() || own.path("institutionCode").isNull()
                ? null : own.path("institutionCode").asText());
        return profile;
    }

    private static Map<String, Object> profile(int capacity) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fieldCodes", List.of("BIO", "FOOD_AGRI"));
        profile.put("stages", List.of("SEED"));
        profile.put("prefecture", "Akita");
        profile.put("languages", List.of("ja"));
        profile.put("capacity", capacity);
        profile.put("available", true);
        profile.put("alumniFounder", false);
        return profile;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
