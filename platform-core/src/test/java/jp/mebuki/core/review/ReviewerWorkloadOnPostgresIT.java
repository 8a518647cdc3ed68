package jp.mebuki.core.review;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The reviewer workload on PostgreSQL, where concurrent screenings really wait for each other's row locks. */
class ReviewerWorkloadOnPostgresIT extends ReviewerWorkloadIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
