package jp.mebuki.web;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/**
 * The whole call through the REST API with the {@code postgres} profile on a real PostgreSQL: the same
 * Flyway migrations, Camunda creating its own schema, the job executor, the same assertions as on H2.
 */
@ActiveProfiles("postgres")
class GapFundCallOnPostgresIT extends GapFundCallIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
