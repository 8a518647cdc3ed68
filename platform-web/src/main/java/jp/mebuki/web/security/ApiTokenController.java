package jp.mebuki.web.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Exchanges a password sign-in (HTTP Basic, or a browser session) for a short-lived bearer token. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sign-in")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/token")
    @Operation(summary = "A bearer token for the caller (any signed-in user, by password or session)",
            description = "Send it as `Authorization: Bearer <access_token>` until it expires (`expires_in` seconds,"
                    + " 15 minutes by default); then ask again. 403 when the request itself used a bearer token:"
                    + " a token never extends itself.")
    TokenResponse issue(Authentication caller) {
        if (caller instanceof ApiTokens.BearerAuthentication) {
            throw new AccessDeniedException("a bearer token cannot issue another token; sign in with the password");
        }
        ApiTokens.IssuedToken issued = tokens.issue((PlatformUser) caller.getPrincipal());
        return new TokenResponse(issued.value(), "Bearer", issued.expiresInSeconds());
    }

    /** The OAuth 2.0 token response's field names, which API client libraries know. */
    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
    }
}
