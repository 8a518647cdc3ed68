package jp.mebuki.workflows;

import java.time.Instant;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Boots the domain and the process layer together (H2 in memory, Flyway, demo data, embedded engine)
 * for the module's integration tests. Only the edges are replaced: the clock and the mail gateway
 * ({@code @Primary} over the core's defaults).
 */
@SpringBootApplication(scanBasePackages = { "jp.mebuki.core", "jp.mebuki.workflows" })
public class WorkflowsTestApplication {

    /** A fixed start, so that the demo call's window and every due date are repeatable. */
    public static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(START);
    }

    @Bean
    @Primary
    RecordingMailGateway recordingMailGateway() {
        return new RecordingMailGateway();
    }
}
