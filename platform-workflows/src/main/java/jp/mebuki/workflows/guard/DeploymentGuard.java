package jp.mebuki.workflows.guard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.BeanFactory;
import org.xml.sax.SAXParseException;

import jp.mebuki.workflows.task.TaskContract;
import jp.mebuki.workflows.task.TaskKind;

/**
 * A pre-deployer: runs inside the deploying command, before the BPMN and DMN deployers turn the files
 * into definitions, for every new deployment whatever its path. It refuses the deployment by throwing
 * {@link DeploymentRefusedException}, which rolls back the whole transaction (deployment row, resources
 * and definitions), when
 * <ol>
 * <li>the engine cannot parse a BPMN or DMN file (its parse problems, with element ids and lines);</li>
 * <li>a {@code camunda:delegateExpression} names no Spring bean (nor a variable of the process);</li>
 * <li>a user task of a dedicated {@link TaskKind} lacks its form key, an assignee or candidates, or a
 * variable its page needs ({@link TaskContract});</li>
 * <li>a business rule task calls a decision whose inputs read variables the process does not provide, or
 * a decision that exists nowhere; checked both ways: new processes against the decisions of the deployment
 * or the latest deployed ones, new decisions against the latest deployed processes that call them.</li>
 * </ol>
 * Deployments the engine re-reads into its cache ({@code isNew() == false}) were checked when they were made.
 */
final class DeploymentGuard implements Deployer {

    private static final Pattern EXPRESSION_ROOT = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][\\w$]*)");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][\\w]*");

    private final BeanFactory beans;

    DeploymentGuard(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        List<Violation> violations = new ArrayList<>();
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        Map<String, DecisionInputs> decisions = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            if (isBpmn(name) && parsesAsBpmn(configuration, deployment, resource, violations)) {
                models.put(name, Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
            } else if (isDmn(name)) {
                decisions.putAll(decisionsOf(configuration, resource, violations));
            }
        }
        Set<String> deployedProcesses = new HashSet<>();
        models.forEach((resource, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                deployedProcesses.add(process.getId());
                Set<String> provided = providedBy(process);
                checkDelegateExpressions(resource, process.getDomElement(), provided, violations);
                checkUserTasks(resource, model, process, provided, violations);
                checkDecisionCalls(resource, model, process, provided, decisions, configuration.getRepositoryService(),
                        violations);
            }
        });
        if (!decisions.isEmpty()) {
            checkDeployedCallers(decisions, deployedProcesses, configuration.getRepositoryService(), violations);
        }
        if (!violations.isEmpty()) {
            throw new DeploymentRefusedException(deployment.getName() == null ? "(unnamed)" : deployment.getName(),
                    violations);
        }
    }

    // ---------------------------------------------------------------- parsing

    private static boolean parsesAsBpmn(ProcessEngineConfigurationImpl configuration, DeploymentEntity deployment,
            ResourceEntity resource, List<Violation> violations) {
        BpmnDeployer bpmn = configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(BpmnDeployer.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the engine has no BPMN deployer"));
        try {
            // the engine's own parse (schema, parse listeners, history time to live); it stores nothing
            bpmn.getBpmnParser().createParse().sourceInputStream(new ByteArrayInputStream(resource.getBytes()))
                    .deployment(deployment).name(resource.getName()).execute();
            return true;
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    violations.add(new Violation(resource.getName(), problem.getMainElementId(),
                            "the engine cannot parse it: " + problem.getMessage(), problem.getLine(),
                            problem.getColumn()));
                }
            }
            if (e.getResorceReports().stream().allMatch(r -> r.getErrors().isEmpty())) {
                violations.add(Violation.of(resource.getName(), null, "the engine cannot parse it: " + e.getMessage()));
            }
            return false;
        } catch (RuntimeException e) {
            violations.add(notParsed(resource.getName(), e));
            return false;
        }
    }

    /** XML that is not even well-formed: the SAX error below the engine's exception knows the line. */
    private static Violation notParsed(String resource, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new Violation(resource, null, "the engine cannot parse it: " + sax.getMessage(),
                        sax.getLineNumber(), sax.getColumnNumber());
            }
        }
        return Violation.of(resource, null, "the engine cannot parse it: " + e.getMessage());
    }

    private static Map<String, DecisionInputs> decisionsOf(ProcessEngineConfigurationImpl configuration,
            ResourceEntity resource, List<Violation> violations) {
        try {
            configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(resource.getBytes()));
            return DecisionInputs.of(resource.getName(),
                    Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
        } catch (RuntimeException e) {
            violations.add(notParsed(resource.getName(), e));
            return Map.of();
        }
    }

    // ---------------------------------------------------------------- delegate expressions

    private void checkDelegateExpressions(String resource, DomElement element, Set<String> provided,
            List<Violation> violations) {
        String expression = element.getAttribute(ModelVariables.CAMUNDA_NS, "delegateExpression");
        if (expression != null) {
            Matcher root = EXPRESSION_ROOT.matcher(expression);
            if (root.find() && !isBean(root.group(1)) && !provided.contains(root.group(1))) {
                violations.add(Violation.of(resource, idOf(element), "camunda:delegateExpression " + expression
                        + " names no Spring bean '" + root.group(1) + "' of the platform"));
            }
        }
        for (DomElement child : element.getChildElements()) {
            checkDelegateExpressions(resource, child, provided, violations);
        }
    }

    private boolean isBean(String name) {
        Map<Object, Object> engineBeans = Context.getProcessEngineConfiguration().getBeans();
        return beans.containsBean(name) || engineBeans != null && engineBeans.containsKey(name);
    }

    /** The element's id, or the id of the nearest element around it (a listener has none of its own). */
    private static String idOf(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- user tasks of known kinds

    private static void checkUserTasks(String resource, BpmnModelInstance model, Process process,
            Set<String> provided, List<Violation> violations) {
        for (UserTask task : elementsOf(model, process, UserTask.class)) {
            Optional<TaskKind> kind = TaskKind.ofUserTask(task.getId());
            Optional<TaskContract> contract = kind.flatMap(TaskContract::of);
            if (contract.isEmpty()) {
                continue;
            }
            String what = "is the platform's " + kind.get() + " task and ";
            String formKey = task.getCamundaFormKey();
            if (!contract.get().formKey().equals(formKey)) {
                violations.add(Violation.of(resource, task.getId(), what + "needs camunda:formKey=\""
                        + contract.get().formKey() + "\" (found " + (formKey == null ? "none" : "\"" + formKey + "\"")
                        + ")"));
            }
            if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
                    && task.getCamundaCandidateUsers() == null) {
                violations.add(Violation.of(resource, task.getId(), what
                        + "needs camunda:assignee or camunda:candidateGroups, or no inbox shows it"));
            }
            Set<String> missing = new TreeSet<>(contract.get().requiredVariables());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                violations.add(Violation.of(resource, task.getId(), what + "needs the variable(s) " + missing
                        + ", which process '" + process.getId() + "' does not provide"));
            }
        }
    }

    // ---------------------------------------------------------------- decisions and their inputs

    private static void checkDecisionCalls(String resource, BpmnModelInstance model, Process process,
            Set<String> provided, Map<String, DecisionInputs> deployed, RepositoryService repository,
            List<Violation> violations) {
        for (BusinessRuleTask task : elementsOf(model, process, BusinessRuleTask.class)) {
            String decisionRef = task.getCamundaDecisionRef();
            if (decisionRef == null || decisionRef.contains("{")) {
                continue; // a Java implementation, or a decision chosen at run time
            }
            DecisionInputs decision = deployed.containsKey(decisionRef) ? deployed.get(decisionRef)
                    : latestDeployed(decisionRef, repository);
            if (decision == null) {
                violations.add(Violation.of(resource, task.getId(), "calls decision '" + decisionRef
                        + "', which is neither in this deployment nor deployed"));
                continue;
            }
            decision.inputs().forEach((inputId, variable) -> {
                if (!provided.contains(variable)) {
                    violations.add(Violation.of(resource, task.getId(), "calls decision '" + decisionRef + "' ("
                            + decision.resource() + ") whose input '" + inputId + "' reads variable '" + variable
                            + "', which process '" + process.getId() + "' does not provide"));
                }
            });
        }
    }

    /** New decisions against the latest deployed processes (not redeployed here) that call them. */
    private static void checkDeployedCallers(Map<String, DecisionInputs> decisions, Set<String> redeployed,
            RepositoryService repository, List<Violation> violations) {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (redeployed.contains(definition.getKey())) {
                continue;
            }
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.getId().equals(definition.getKey())) {
                    continue;
                }
                Set<String> provided = providedBy(process);
                for (BusinessRuleTask task : elementsOf(model, process, BusinessRuleTask.class)) {
                    DecisionInputs decision = decisions.get(task.getCamundaDecisionRef());
                    if (decision == null) {
                        continue;
                    }
                    decision.inputs().forEach((inputId, variable) -> {
                        if (!provided.contains(variable)) {
                            violations.add(Violation.of(decision.resource(), inputId, "reads variable '" + variable
                                    + "', which the deployed process '" + definition.getKey() + "' (business rule task '"
                                    + task.getId() + "' in " + definition.getResourceName()
                                    + ") does not provide"));
                        }
                    });
                }
            }
        }
    }

    private static DecisionInputs latestDeployed(String decisionKey, RepositoryService repository) {
        List<DecisionDefinition> latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .latestVersion().list();
        if (latest.isEmpty()) {
            return null;
        }
        DecisionDefinition definition = latest.get(0);
        try (InputStream xml = repository.getDecisionModel(definition.getId())) {
            DmnModelInstance model = Dmn.readModelFromStream(xml);
            return DecisionInputs.of(definition.getResourceName(), model).get(decisionKey);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read decision " + decisionKey, e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Set<String> providedBy(Process process) {
        Set<String> provided = new HashSet<>(ProcessContracts.providedBy(process.getId()));
        provided.addAll(ModelVariables.of(process.getDomElement()));
        return provided;
    }

    private static <T extends ModelElementInstance> List<T> elementsOf(BpmnModelInstance model, Process process,
            Class<T> type) {
        Collection<T> all = model.getModelElementsByType(type);
        return all.stream().filter(e -> processOf(e) == process).toList();
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (e != null && !(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    private static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    private static boolean isDmn(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    /** The variables a decision table's inputs read (input id → variable), by decision id. */
    record DecisionInputs(String resource, Map<String, String> inputs) {

        static Map<String, DecisionInputs> of(String resource, DmnModelInstance model) {
            Map<String, DecisionInputs> decisions = new LinkedHashMap<>();
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                Map<String, String> inputs = new LinkedHashMap<>();
                if (decision.getExpression() instanceof DecisionTable table) {
                    for (Input input : table.getInputs()) {
                        String text = input.getInputExpression() == null || input.getInputExpression().getText() == null
                                ? null : input.getInputExpression().getText().getTextContent().trim();
                        // a plain name reads one variable; a computed expression is the modeller's business
                        if (text != null && VARIABLE.matcher(text).matches()) {
                            inputs.put(input.getId(), text);
                        }
                    }
                }
                decisions.put(decision.getId(), new DecisionInputs(resource, inputs));
            }
            return decisions;
        }
    }
}
