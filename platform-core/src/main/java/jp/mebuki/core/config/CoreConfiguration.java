package jp.mebuki.core.config;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.DialectResolver;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Data JDBC set-up of the domain, shared by the application and by every Spring test. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "jp.mebuki.core")
public class CoreConfiguration {

    @Bean
    JdbcCustomConversions jdbcCustomConversions() {
        return new JdbcCustomConversions(TypedIdConversions.converters());
    }

    /**
     * The dialect Spring Boot would choose for the database, but on PostgreSQL one whose inserts return the new
     * id only ({@link PostgresIdOnlyDialect}).
     */
    @Bean
    JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
        JdbcDialect detected = DialectResolver.getDialect(operations.getJdbcOperations());
        return detected instanceof JdbcPostgresDialect ? PostgresIdOnlyDialect.INSTANCE : detected;
    }

    /**
     * Unquoted identifiers, so that the same lower-case schema works on H2 (which folds to upper case)
     * and PostgreSQL (which folds to lower case).
     */
    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }

    /** The platform's clock; tests replace it to move time (due dates, call windows). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
