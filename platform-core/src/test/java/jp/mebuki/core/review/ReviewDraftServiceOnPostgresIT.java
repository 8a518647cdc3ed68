package jp.mebuki.core.review;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The same drafts and status-note codes on PostgreSQL: V7 is portable SQL. */
class ReviewDraftServiceOnPostgresIT extends ReviewDraftServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
