package jp.mebuki.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Mebuki platform API", version = "v1",
                description = "Calls, applications and the screening task inbox of the Mebuki platform. Errors are"
                        + " application/problem+json with a stable `code` and, for input errors, the `field`."),
        security = { @SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "session") })
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "demo users: see the README; no CSRF token needed")
@SecurityScheme(name = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "JSESSIONID",
        description = "after signing in at /login; state-changing requests must echo the MEBUKI-XSRF-TOKEN cookie"
                + " in the X-MEBUKI-XSRF-TOKEN header")
class ApiDocumentation {
}
