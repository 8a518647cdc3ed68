package jp.mebuki.web.security;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.web.problem.ProblemWriter;

/**
 * Three filter chains, most specific first.
 * <ol>
 * <li>{@code /engine-rest/**} (Camunda's REST API, used by the Modeler): administrators only, HTTP
 * Basic, stateless, no CSRF; 401 with a Basic challenge, 403 for everybody else.</li>
 * <li>{@code /api/**}: HTTP Basic, a bearer token from {@code POST /api/auth/token} ({@link ApiTokens}) or
 * the session cookie of a form login. Unauthenticated requests get
 * 401 problem+json, never a redirect, and no Basic challenge, so that browsers never cache Basic
 * credentials they would then send on cross-site requests. CSRF is checked for requests that rely on
 * the session cookie (token in the {@code MEBUKI-XSRF-TOKEN} cookie, echoed in the
 * {@code X-MEBUKI-XSRF-TOKEN} header) and not
 * for requests carrying an {@code Authorization} header, which a browser never adds cross-site.</li>
 * <li>Everything else, including the web pages of {@code jp.mebuki.web.ui}: our own form login at
 * {@code /login}, remember-me, logout, CSRF on every form; API documentation, health and static assets
 * are public. The Camunda webapps' pages ({@code /camunda/app/**}) need a signed-in user, whom they take
 * over (single sign-on); their API and assets are left to the webapps, which bring their own CSRF
 * protection.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String ENGINE_REALM = "Mebuki process engine";

    /** The CSRF cookie; not {@code XSRF-TOKEN}, which the Camunda webapps set for themselves. */
    static final String CSRF_COOKIE = "MEBUKI-XSRF-TOKEN";
    static final String CSRF_HEADER = "X-MEBUKI-XSRF-TOKEN";

    /** One token store for the login form and the API, so a signed-in browser can call the API. */
    private final CookieCsrfTokenRepository csrfTokens = csrfTokenRepository();

    private static CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CSRF_COOKIE);
        repository.setHeaderName(CSRF_HEADER);
        return repository;
    }

    /**
     * String patterns match the path below the context path whatever servlet serves it; the engine REST
     * API (Jersey) and the Camunda webapps are not served by Spring MVC's dispatcher.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * No observation of Spring Security's filters, authentications and authorisations (application.yml turns
     * their metrics off as well): without this, every filter of every request is still wrapped in an
     * observation decorator, which the inbox benchmark found doing nothing but costing CPU.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, ProblemWriter problems, AuditLog audit, ObjectMapper json,
            PlatformTransactionManager transactions) throws Exception {
        AuthenticationEntryPoint challenge = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + ENGINE_REALM + "\"");
            unauthorized(problems, request, response, e);
        };
        http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName(ENGINE_REALM).authenticationEntryPoint(challenge))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge)
                        .accessDeniedHandler(forbidden(problems)))
                // after authorisation: only an admin's deployment reaches it, and it is audited
                .addFilterAfter(new ModelerDeploymentAuditFilter(audit, json, transactions), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemWriter problems, ApiTokens tokens) throws Exception {
        AuthenticationEntryPoint noChallenge = (request, response, e) -> unauthorized(problems, request, response, e);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(noChallenge))
                // API clients: POST /api/auth/token once, then "Authorization: Bearer ..." (ApiTokens)
                .oauth2ResourceServer(bearer -> bearer.authenticationEntryPoint(noChallenge)
                        .accessDeniedHandler(forbidden(problems))
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens::authenticate)))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(new CookieAuthenticatedStateChange()))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(noChallenge)
                        .accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, UserDetailsService users,
            @Value("${mebuki.security.remember-me-key}") String rememberMeKey) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the Camunda webapps sign in from this session (single sign-on, jp.mebuki.web.config):
                // a browser without one goes to our sign-in page and comes back
                .requestMatchers("/camunda/app/**").authenticated()
                .requestMatchers("/login", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/camunda/**",
                        "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                .permitAll()
                .anyRequest().authenticated())
                // our own bilingual sign-in page (jp.mebuki.web.ui.home); after sign-in, each role's start page
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .rememberMe(remember -> remember.key(rememberMeKey).userDetailsService(users)
                        .rememberMeCookieName("MEBUKI-REMEMBER-ME"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers("/camunda/**"));
        return http.build();
    }

    private static void unauthorized(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        boolean badCredentials = e instanceof BadCredentialsException
                || request.getHeader("Authorization") != null;
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                badCredentials ? "bad-credentials" : "unauthenticated",
                badCredentials ? "the credentials were not accepted" : "sign in (HTTP Basic, bearer token or session) to use this API");
    }

    private static AccessDeniedHandler forbidden(ProblemWriter problems) {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "csrf",
                        "a request authenticated by the session cookie needs the " + CSRF_HEADER + " header");
            } else {
                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", "you may not do this");
            }
        };
    }

    /** State-changing requests that do not authenticate by an Authorization header. */
    static final class CookieAuthenticatedStateChange implements RequestMatcher {

        @Override
        public boolean matches(HttpServletRequest request) {
            String method = request.getMethod();
            boolean safe = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                    || HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method);
            return !safe && request.getHeader("Authorization") == null;
        }
    }
}
