package jp.mebuki.core.review;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The same reviewer-selection and review scenarios on PostgreSQL: one schema, one mapping, two databases. */
class ReviewServiceOnPostgresIT extends ReviewServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
