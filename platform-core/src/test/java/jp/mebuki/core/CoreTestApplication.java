package jp.mebuki.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain alone (H2 in memory, Flyway, demo data) for the core module's integration tests. */
@SpringBootApplication
public class CoreTestApplication {
}
