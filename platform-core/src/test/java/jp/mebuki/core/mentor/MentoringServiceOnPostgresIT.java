package jp.mebuki.core.mentor;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;

/** The same mentoring scenarios on PostgreSQL: V3 is portable SQL. */
class MentoringServiceOnPostgresIT extends MentoringServiceIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.registerFreshDatabase(registry);
    }
}
