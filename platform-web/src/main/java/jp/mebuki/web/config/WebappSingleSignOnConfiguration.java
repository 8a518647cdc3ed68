package jp.mebuki.web.config;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit, Tasklist and Admin take the signed-in platform user as theirs: Camunda's
 * {@link ContainerBasedAuthenticationFilter} with the {@link ContainerBasedAuthenticationProvider}, which
 * reads the request's principal. Spring Security's filter chain runs first (order -100) and puts the
 * session's user there; an unauthenticated browser never gets this far, the web filter chain sends it
 * to {@code /login} and back. The Camunda session then carries the user's groups and application
 * access, computed from the platform's roles by the engine's identity provider.
 */
@Configuration(proxyBeanMethods = false)
class WebappSingleSignOnConfiguration {

    /** After Spring Security's filter chain, before the webapps' own filters. */
    static final int ORDER = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*");
        registration.setOrder(ORDER);
        registration.setName("mebukiWebappSingleSignOn");
        return registration;
    }
}
