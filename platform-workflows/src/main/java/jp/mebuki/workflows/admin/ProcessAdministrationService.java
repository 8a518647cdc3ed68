package jp.mebuki.workflows.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;

/**
 * What an administrator does with the process models on the platform's admin pages. Uploads deploy
 * through the {@link RepositoryService}, so whatever checks the engine applies to a deployment (parsing,
 * the platform's deployment guard) apply here too; a refused model is an {@link InvalidInputException}
 * on the field {@code file} carrying the engine's message, and nothing is deployed.
 */
@Service
public class ProcessAdministrationService {

    /** Audit subject of changes to the process models as a whole (deployments have no numeric id). */
    public static final String AUDIT_SUBJECT = "process-models";
    public static final String DEPLOYED = "process-deployed";
    public static final String MIGRATED = "process-instances-migrated";
    public static final String MIGRATION_REFUSED = "process-migration-refused";

    /** The source written on deployments made from the admin page (the Modeler writes its own). */
    public static final String DEPLOYMENT_SOURCE = "mebuki-admin";

    static final int MAX_REASON = 2000;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    ProcessAdministrationService(RepositoryService repository, RuntimeService runtime, ManagementService management,
            AuditLog audit, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every deployment, newest first. */
    public List<DeploymentSummary> deployments() {
        return repository.createDeploymentQuery().orderByDeploymentTime().desc().list().stream()
                .map(d -> new DeploymentSummary(d.getId(), d.getName(), d.getSource(),
                        d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant(),
                        repository.getDeploymentResourceNames(d.getId()).stream().sorted().toList()))
                .toList();
    }

    /** Every process version, by key and then newest version first, with its running instances. */
    public List<ProcessVersion> processVersions() {
        Map<String, Long> running = management.createProcessDefinitionStatisticsQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, s -> (long) s.getInstances()));
        return repository.createProcessDefinitionQuery().list().stream()
                .map(d -> version(d, running.getOrDefault(d.getId(), 0L)))
                .sorted(Comparator.comparing(ProcessVersion::key).thenComparing(ProcessVersion::version,
                        Comparator.reverseOrder()))
                .toList();
    }

    public ProcessVersion processVersion(String definitionId) {
        ProcessDefinition definition = requireDefinition(definitionId);
        return version(definition, runtime.createProcessInstanceQuery().processDefinitionId(definitionId).count());
    }

    /** The version's BPMN and, per element, how many activity instances are active there right now. */
    public ProcessDiagram diagram(String definitionId) {
        ProcessVersion version = processVersion(definitionId);
        String xml;
        try (InputStream model = repository.getProcessModel(definitionId)) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model of " + definitionId, e);
        }
        Map<String, Long> tokens = management.createActivityStatisticsQuery(definitionId).list().stream()
                .filter(s -> s.getInstances() > 0)
                .collect(Collectors.toMap(ActivityStatistics::getId, s -> (long) s.getInstances(), Long::sum,
                        LinkedHashMap::new));
        return new ProcessDiagram(version, xml, tokens);
    }

    /**
     * Deploys one BPMN or DMN file as a new version (a new version even if unchanged: the administrator
     * asked for it) and records who did it and why, in the deployment's transaction.
     */
    public DeployedModels deploy(String fileName, byte[] content, Actor actor, String reason) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("required", "file", "choose a BPMN or DMN file to upload");
        }
        if (!(lower.endsWith(".bpmn") || lower.endsWith(".dmn")) || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("not-a-model", "file", "only .bpmn and .dmn files can be deployed");
        }
        String why = requireReason(reason);
        try {
            return transaction.execute(status -> {
                DeploymentWithDefinitions deployment = repository.createDeployment().name(name)
                        .source(DEPLOYMENT_SOURCE).addInputStream(name, new ByteArrayInputStream(content))
                        .deployWithResult();
                List<String> definitions = new ArrayList<>();
                if (deployment.getDeployedProcessDefinitions() != null) {
                    deployment.getDeployedProcessDefinitions()
                            .forEach(d -> definitions.add(d.getKey() + " v" + d.getVersion()));
                }
                if (deployment.getDeployedDecisionDefinitions() != null) {
                    deployment.getDeployedDecisionDefinitions()
                            .forEach(d -> definitions.add(d.getKey() + " v" + d.getVersion()));
                }
                audit.record(actor, DEPLOYED, AUDIT_SUBJECT, 0, "deployment " + deployment.getId() + " (" + name
                        + "): " + String.join(", ", definitions) + "; reason: " + why);
                return new DeployedModels(deployment.getId(), List.copyOf(definitions));
            });
        } catch (ProcessEngineException refused) {
            throw new InvalidInputException("model-refused", "file", refused.getMessage());
        }
    }

    /**
     * Moves every running instance of the source version to the target version with a plan that maps
     * equal activities. The plan is validated first; where it or an instance cannot be migrated, no
     * instance moves and the outcome lists the reasons per activity. Both outcomes are audited.
     */
    public MigrationOutcome migrate(String sourceDefinitionId, String targetDefinitionId, Actor actor,
            String reason) {
        String why = requireReason(reason);
        if (targetDefinitionId == null || targetDefinitionId.isBlank()) {
            throw new InvalidInputException("required", "targetDefinitionId", "choose the version to migrate to");
        }
        ProcessVersion source = processVersion(sourceDefinitionId);
        ProcessVersion target = processVersion(targetDefinitionId);
        if (source.definitionId().equals(target.definitionId())) {
            throw new InvalidInputException("same-version", "targetDefinitionId", "choose another version");
        }
        if (!source.key().equals(target.key())) {
            throw new InvalidInputException("other-process", "targetDefinitionId",
                    "choose a version of the same process (" + source.key() + ")");
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.definitionId(), target.definitionId()).mapEqualActivities()
                    .build();
        } catch (MigrationPlanValidationException invalid) {
            return refused(source, target, actor, why, planProblems(invalid.getValidationReport()));
        }
        if (source.runningInstances() == 0) {
            return new MigrationOutcome(source, target, 0, List.of());
        }
        try {
            long migrated = transaction.execute(status -> {
                ProcessInstanceQuery instances = runtime.createProcessInstanceQuery()
                        .processDefinitionId(source.definitionId());
                long count = instances.count();
                runtime.newMigration(plan).processInstanceQuery(instances).execute();
                audit.record(actor, MIGRATED, AUDIT_SUBJECT, 0, count + " instance(s) of " + describe(source)
                        + " to " + describe(target) + "; reason: " + why);
                return count;
            });
            return new MigrationOutcome(processVersion(source.definitionId()), processVersion(target.definitionId()),
                    migrated, List.of());
        } catch (MigratingProcessInstanceValidationException invalid) {
            return refused(source, target, actor, why, instanceProblems(invalid.getValidationReport()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private MigrationOutcome refused(ProcessVersion source, ProcessVersion target, Actor actor, String why,
            List<MigrationOutcome.Problem> problems) {
        transaction.executeWithoutResult(status -> audit.record(actor, MIGRATION_REFUSED, AUDIT_SUBJECT, 0,
                describe(source) + " to " + describe(target) + " refused: " + problems.stream()
                        .map(p -> (p.activityId().isEmpty() ? "plan" : p.activityId()) + ": "
                                + String.join("; ", p.reasons()))
                        .collect(Collectors.joining(" | ")) + "; reason: " + why));
        return new MigrationOutcome(source, target, 0, problems);
    }

    private static List<MigrationOutcome.Problem> planProblems(MigrationPlanValidationReport report) {
        Map<String, List<String>> byActivity = new LinkedHashMap<>();
        report.getInstructionReports().forEach(r -> byActivity
                .computeIfAbsent(sourceOf(r.getMigrationInstruction()), k -> new ArrayList<>())
                .addAll(r.getFailures()));
        report.getVariableReports().forEach((variable, r) -> byActivity.computeIfAbsent("", k -> new ArrayList<>())
                .addAll(r.getFailures().stream().map(f -> "variable " + variable + ": " + f).toList()));
        return problems(byActivity);
    }

    private static List<MigrationOutcome.Problem> instanceProblems(MigratingProcessInstanceValidationReport report) {
        Map<String, List<String>> byActivity = new LinkedHashMap<>();
        if (!report.getFailures().isEmpty()) {
            byActivity.computeIfAbsent("", k -> new ArrayList<>()).addAll(report.getFailures());
        }
        report.getActivityInstanceReports().forEach(r -> byActivity
                .computeIfAbsent(r.getSourceScopeId(), k -> new ArrayList<>()).addAll(r.getFailures()));
        report.getTransitionInstanceReports().forEach(r -> byActivity
                .computeIfAbsent(r.getSourceScopeId(), k -> new ArrayList<>()).addAll(r.getFailures()));
        return problems(byActivity);
    }

    private static List<MigrationOutcome.Problem> problems(Map<String, List<String>> byActivity) {
        return byActivity.entrySet().stream()
                .map(e -> new MigrationOutcome.Problem(e.getKey(), e.getValue().stream().distinct().toList()))
                .toList();
    }

    private static String sourceOf(MigrationInstruction instruction) {
        return instruction == null ? "" : instruction.getSourceActivityId();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("required", "reason", "say why (it is kept in the audit trail)");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("too-long", "reason", "the reason must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private ProcessDefinition requireDefinition(String definitionId) {
        ProcessDefinition definition = definitionId == null ? null
                : repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (definition == null) {
            throw new NotFoundException("process version", definitionId);
        }
        return definition;
    }

    private static ProcessVersion version(ProcessDefinition d, long running) {
        return new ProcessVersion(d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getDeploymentId(), running);
    }

    private static String describe(ProcessVersion version) {
        return version.key() + " v" + version.version() + " (" + version.definitionId() + ")";
    }
}
