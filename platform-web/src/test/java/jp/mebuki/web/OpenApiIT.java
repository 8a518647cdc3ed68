package jp.mebuki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;

@WebIT
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void documentsEveryEndpointOfTheApi() {
        JsonNode paths = docs().body().path("paths");

        assertThat(paths.path("/api/calls").has("get")).isTrue();
        assertThat(paths.path("/api/applications").has("get")).isTrue();
        assertThat(paths.path("/api/applications").has("post")).isTrue();
        assertThat(paths.path("/api/applications/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/applications/{id}").has("put")).isTrue();
        assertThat(paths.path("/api/applications/{id}/submit").has("post")).isTrue();
        assertThat(paths.path("/api/applications/{id}/withdraw").has("post")).isTrue();
        assertThat(paths.path("/api/tasks").has("get")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/conflict").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/review").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/decision").has("post")).isTrue();
        assertThat(paths.path("/api/mentors").has("get")).isTrue();
        assertThat(paths.path("/api/mentors/me").has("put")).isTrue();
        assertThat(paths.path("/api/mentoring/matches/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/mentoring/batch-proposals").has("post")).isTrue();
        assertThat(paths.path("/api/mentoring/matches/{id}/sessions").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/mentor-proposal").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/mentoring-offer").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/check-in").has("post")).isTrue();
        assertThat(paths.path("/api/tasks/{id}/mentoring-evaluation").has("post")).isTrue();
        assertThat(paths.path("/api/applications").path("post").path("responses").has("201")).isTrue();
    }

    @Test
    void describesRefusalsAsProblemDetails() {
        JsonNode docs = docs().body();
        JsonNode refusal = docs.path("paths").path("/api/tasks/{id}/review").path("post").path("responses").path("400");

        assertThat(refusal.path("content").path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").has("field")).isTrue();
    }

    @Test
    void documentsOnlyThePlatformApiAndItsSecurity() {
        JsonNode docs = docs().body();
        List<String> paths = new ArrayList<>();
        docs.path("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).allMatch(p -> p.startsWith("/api/"));
        assertThat(docs.path("components").path("securitySchemes").has("basicAuth")).isTrue();
    }

    @Test
    void exposesNoEngineOrPersistenceTypes() {
        Response docs = docs();
        List<String> schemas = new ArrayList<>();
        docs.body().path("components").path("schemas").fieldNames().forEachRemaining(schemas::add);

        assertThat(schemas).isNotEmpty().doesNotContain("ApplicationId", "CallId", "UserId", "ReviewAssignmentId",
                "UserAccount", "WorkTask", "StatusChange_", "TeamMember_", "RoleGrant", "EligibleInstitution");
        assertThat(docs.raw()).doesNotContainIgnoringCase("camunda").doesNotContain("org.springframework")
                .doesNotContain("jp.mebuki").doesNotContain("passwordHash").doesNotContain("\"version\":{")
                .doesNotContain("processInstance").doesNotContain("executionId").doesNotContain("reviewAssignmentId");
    }

    private Response docs() {
        Response response = new Api(port).get(null, "/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response;
    }
}
