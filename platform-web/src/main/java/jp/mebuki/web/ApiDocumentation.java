package jp.mebuki.web;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}),
 * with the problem+json body every refusal of the API shares.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Mebuki platform API", version = "v1",
                description = "Calls, applications and the screening task inbox of the Mebuki platform. Errors are"
                        + " application/problem+json with a stable `code` and, for input errors, the `field`."),
        security = { @SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "bearerToken"),
                @SecurityRequirement(name = "session") })
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "demo users: see the README; no CSRF token needed")
@SecurityScheme(name = "bearerToken", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "from POST /api/auth/token (signed in by password); valid 15 minutes; no CSRF token needed")
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "SESSION",
        description = "after signing in at /login; state-changing requests must echo the MEBUKI-XSRF-TOKEN cookie"
                + " in the X-MEBUKI-XSRF-TOKEN header")
class ApiDocumentation {

    private static final String PROBLEM = "Problem";
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "invalid input; `field` names it",
            "401", "not signed in, or wrong credentials",
            "403", "the caller's role may not do this (or a missing CSRF token)",
            "404", "nothing the caller may see exists under that id",
            "409", "not allowed in the current state; `code` says why");

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                // springdoc guesses refusals from the exception handler's return types; describe them properly
                REFUSALS.forEach((status, description) -> responses.addApiResponse(status,
                        new ApiResponse().description(description).content(problem)));
                responses.remove("500");
            }));
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("stable machine-readable code, e.g. amount-over-cap"))
                .addProperty("field", new StringSchema().description("the input field at fault, e.g. scores.TECHNOLOGY"))
                .addProperty("errors", new ArraySchema().items(error).description("every Bean Validation error"));
    }
}
