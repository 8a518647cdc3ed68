package jp.mebuki.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.user.Role;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;

/** Bearer tokens of the API: issued for a password sign-in, accepted instead of it, and nothing more. */
@WebIT
class ApiTokenIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void issuesAShortLivedTokenForAPasswordSignIn() {
        Response issued = api.post("app.abe", "/api/auth/token", Map.of());

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(issued.body().path("expires_in").asLong()).isEqualTo(900);
        assertThat(issued.body().path("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    @Test
    void acceptsTheTokenInsteadOfThePasswordAndKeepsOwnershipRules() {
        String abe = tokenOf("app.abe");
        long own = api.post("app.abe", "/api/applications", draft("app.abe", "Token test: own")).body().path("id")
                .asLong();
        long others = api.post("app.inoue", "/api/applications", draft("app.inoue", "Token test: someone else's"))
                .body().path("id").asLong();

        Response mine = bearer(abe, "GET", "/api/applications/" + own, null);
        Response notMine = bearer(abe, "GET", "/api/applications/" + others, null);
        Response list = bearer(abe, "GET", "/api/applications", null);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().path("title").asText()).isEqualTo("Token test: own");
        assertThat(notMine.status()).as("another applicant's application does not exist for abe").isEqualTo(404);
        assertThat(list.body().findValuesAsText("title")).contains("Token test: own")
                .doesNotContain("Token test: someone else's");
    }

    @Test
    void appliesTheRolesOfTheTokenToEveryEndpoint() {
        String applicant = tokenOf("app.abe");

        Response reviewerOnly = bearer(applicant, "POST", "/api/tasks/no-such-task/conflict",
                Map.of("conflict", false));

        assertThat(reviewerOnly.status()).isEqualTo(403);
        assertThat(reviewerOnly.contentType()).startsWith("application/problem+json");
    }

    @Test
    void needsNoCsrfTokenForAStateChangeWithABearerToken() {
        Response created = bearer(tokenOf("app.abe"), "POST", "/api/applications", draft("app.abe", "Token draft"));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void refusesATamperedTokenWith401Problem() {
        String token = tokenOf("app.abe");
        // the same signature over claims that now name another user
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xy." + parts[2];

        Response response = bearer(forged, "GET", "/api/applications", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("code").asText()).isEqualTo("bad-credentials");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        ApiTokens elsewhere = new ApiTokens("a-key-that-this-platform-does-not-know-at-all", Duration.ofMinutes(15),
                clock);
        String foreign = elsewhere.issue(PlatformUser.fromToken(1, "admin", Set.of(Role.ADMIN))).value();

        assertThat(bearer(foreign, "GET", "/api/applications", null).status()).isEqualTo(401);
    }

    @Test
    void refusesAnAlteredTokenAfterTheGenuineOneWasAccepted() {
        String token = tokenOf("rev.takahashi");
        assertThat(bearer(token, "GET", "/api/tasks", null).status()).isEqualTo(200);
        // the same header and claims with a changed signature: not the token this node has verified
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        Response refused = bearer(altered, "GET", "/api/tasks", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("code").asText()).isEqualTo("bad-credentials");
        assertThat(bearer(token, "GET", "/api/tasks", null).status()).isEqualTo(200);
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokenOf("rev.takahashi");
        assertThat(bearer(token, "GET", "/api/tasks", null).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(16));

        Response expired = bearer(token, "GET", "/api/tasks", null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().path("code").asText()).isEqualTo("bad-credentials");
    }

    @Test
    void neverIssuesATokenForAToken() {
        String token = tokenOf("pm.sato");

        Response renewed = bearer(token, "POST", "/api/auth/token", Map.of());

        assertThat(renewed.status()).isEqualTo(403);
        assertThat(renewed.body().has("access_token")).isFalse();
    }

    @Test
    void issuesNoTokenWithoutAPassword() {
        // without any credentials the POST fails the CSRF check first (it might ride on a browser's cookies)
        Response anonymous = api.post(null, "/api/auth/token", Map.of());
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.body().has("access_token")).isFalse();
        Response wrongPassword = api.send(api.request(null, "/api/auth/token")
                .header("Authorization", Api.basic("app.abe", "not-the-password"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body().has("access_token")).isFalse();
    }

    private String tokenOf(String user) {
        return api.post(user, "/api/auth/token", Map.of()).body().path("access_token").asText();
    }

    private Response bearer(String token, String method, String path, Object body) {
        HttpRequest.Builder request = api.request(null, path).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json(body)));
        }
        return api.send(request);
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> draft(String user, String title) {
        JsonNode calls = api.get(user, "/api/calls").body();
        return Map.of("callId", calls.get(0).path("id").asLong(), "title", title);
    }
}
