package jp.mebuki.workflows.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment the guard refused. A {@link ParseException}, because that is what every deployment path
 * already handles: the engine REST API answers it with 400 and the problems per file (what the Modeler
 * shows), the {@code RepositoryService} throws it to the caller, and a start-up with a broken model stops.
 * The message lists every violation, one per line.
 */
public class DeploymentRefusedException extends ParseException {

    private static final long serialVersionUID = 1L;

    DeploymentRefusedException(String deploymentName, List<Violation> violations) {
        super(message(deploymentName, violations), violations.get(0).resource(), List.copyOf(violations), List.of());
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        violations.forEach(v -> byResource.computeIfAbsent(v.resource(), r -> new ArrayList<>()).add(v));
        List<ResourceReport> reports = new ArrayList<>();
        byResource.forEach((resource, problems) -> reports.add(new Report(resource, List.copyOf(problems))));
        this.resorceReports = reports;
    }

    private static String message(String deploymentName, List<Violation> violations) {
        StringBuilder text = new StringBuilder("Deployment '").append(deploymentName)
                .append("' refused by the Mebuki deployment guard; nothing was deployed:");
        violations.forEach(v -> text.append("\n- ").append(v.describe()));
        return text.toString();
    }

    private record Report(String resource, List<Problem> errors) implements ResourceReport {

        @Override
        public String getResourceName() {
            return resource;
        }

        @Override
        public List<Problem> getErrors() {
            return errors;
        }

        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
