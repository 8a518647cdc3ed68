package jp.mebuki.workflows.admin;

import java.time.Instant;
import java.util.List;

/** One deployment: a set of models made live together (from start-up, the Modeler or the admin page). */
public record DeploymentSummary(String id, String name, String source, Instant deployedAt, List<String> resources) {
}
