package jp.mebuki.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.source.ImmutableSecret;

import jp.mebuki.core.user.Role;

/**
 * Short-lived bearer tokens for API clients: a signed JWT (HMAC-SHA256, Spring Security's Nimbus encoder
 * and decoder) carrying the user's id, username and roles. A request with a token needs no password
 * check (BCrypt) and no user look-up, and any node with the same key accepts it, so API clients scale
 * out without sessions. The price: a token stays valid until it expires ({@code lifetime}, default 15
 * minutes) even if the user is disabled or loses a role meanwhile.
 */
@Component
class ApiTokens {

    static final String ISSUER = "mebuki";
    private static final String USER_ID = "uid";
    private static final String ROLES = "roles";

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    /**
     * Tokens whose signature this node has verified, by their exact text: an API client sends the same token
     * with every request, and parsing and checking it again took a tenth of the inbox request's CPU (inbox
     * benchmark). Only the signature check is saved: expiry and issuer are checked on every request. At most
     * 5,000 tokens (a few MiB), none longer than a token lives.
     */
    private final Cache<String, Jwt> verified;
    private final Duration lifetime;
    private final Clock clock;

    ApiTokens(@Value("${mebuki.security.api-token.secret}") String secret,
            @Value("${mebuki.security.api-token.lifetime:PT15M}") Duration lifetime, Clock clock) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("mebuki.security.api-token.secret needs at least 32 bytes for HMAC-SHA256");
        }
        SecretKey key = new SecretKeySpec(bytes, "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        // the platform's clock (tests move it); a little skew between nodes is tolerated
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
        expiry.setClock(clock);
        this.validator = new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER));
        verifier.setJwtValidator(validator);
        this.verified = Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(lifetime).build();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    IssuedToken issue(PlatformUser user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(ISSUER).subject(user.getUsername()).issuedAt(now)
                .expiresAt(now.plus(lifetime)).claim(USER_ID, user.userId().value())
                .claim(ROLES, user.roles().stream().map(Role::name).sorted().toList()).build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    JwtDecoder decoder() {
        return this::decode;
    }

    /** Verifies the signature once per token and node; validates expiry and issuer every time. */
    private Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt decoded = verifier.decode(token);
            verified.put(token, decoded);
            return decoded;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            String description = result.getErrors().stream().map(OAuth2Error::getDescription).findFirst().orElse("");
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return known;
    }

    /** The signed-in user a valid token stands for: the same principal as after a password sign-in. */
    AbstractAuthenticationToken authenticate(Jwt jwt) {
        Collection<String> roles = jwt.getClaimAsStringList(ROLES);
        Set<Role> granted = (roles == null ? List.<String>of() : roles).stream().map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        Number userId = jwt.getClaim(USER_ID);
        return new BearerAuthentication(PlatformUser.fromToken(userId.longValue(), jwt.getSubject(), granted), jwt);
    }

    record IssuedToken(String value, long expiresInSeconds) {
    }

    /** Authenticated by a bearer token; the token itself is the credential. */
    static final class BearerAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;
        private final PlatformUser user;
        private final transient Jwt token;

        BearerAuthentication(PlatformUser user, Jwt token) {
            super(user.getAuthorities());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
