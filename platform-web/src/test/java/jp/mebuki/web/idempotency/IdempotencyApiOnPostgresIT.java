package jp.mebuki.web.idempotency;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The idempotency scenarios on PostgreSQL, where a duplicate waits on the key and then replays. */
@ActiveProfiles("postgres")
class IdempotencyApiOnPostgresIT extends IdempotencyApiIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
