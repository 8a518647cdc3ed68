package jp.mebuki.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A small HTTP client for the tests: every call goes over the network to the running application,
 * as the given demo user (HTTP Basic) or anonymously, or with the cookies of a {@link #session()}.
 */
public final class Api {

    public static final String PASSWORD = "mebuki-demo";

    private final String base;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;

    public Api(int port) {
        this(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Api(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    /** A client that keeps cookies, as a browser would. */
    public Api session() {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)),
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                        .build());
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET());
    }

    public Response post(String user, String path, Object body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** A POST with an {@code Idempotency-Key} header, as a client that retries would send it. */
    public Response post(String user, String path, Object body, String idempotencyKey) {
        return send(request(user, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /**
     * Submits the applicant's draft (expecting 200 and SUBMITTED) and waits until the screening's job has
     * checked eligibility; returns the application as its owner then sees it (UNDER_REVIEW or INELIGIBLE).
     */
    public Response submitAndAwaitScreening(String applicant, long application) {
        String path = "/api/applications/" + application;
        Response submitted = post(applicant, path + "/submit", "");
        if (submitted.status() != 200 || !"SUBMITTED".equals(submitted.body().path("status").asText())) {
            throw new AssertionError("submit of " + application + " answered " + submitted.status() + " "
                    + submitted.raw());
        }
        return awaitScreening(applicant, application);
    }

    /** Polls the application as its owner until it has left SUBMITTED, i.e. the eligibility job has run. */
    public Response awaitScreening(String applicant, long application) {
        return awaitScreening(applicant, application, Duration.ofSeconds(60));
    }

    /** As {@link #awaitScreening(String, long)}, waiting at most {@code atMost}. */
    public Response awaitScreening(String applicant, long application, Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> get(applicant, "/api/applications/" + application),
                        r -> r.status() == 200 && !"SUBMITTED".equals(r.body().path("status").asText()));
    }

    public Response put(String user, String path, Object body) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = MissingNode.getInstance();
            if (!response.body().isBlank() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
                body = json.readTree(response.body());
            }
            return new Response(response.statusCode(), response.headers(), body, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", basic(user, PASSWORD));
        }
        return builder;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and the JSON body (a missing node when there is none). */
    public record Response(int status, java.net.http.HttpHeaders headers, JsonNode body, String raw) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
