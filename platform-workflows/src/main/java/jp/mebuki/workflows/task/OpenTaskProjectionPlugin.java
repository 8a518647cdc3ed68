package jp.mebuki.workflows.task;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds {@link OpenTaskProjection} to every user task the inbox shows (see {@link #shownInTheInbox}) of every
 * model the engine parses (the committed ones and those an administrator deploys from the Modeler), so that
 * no model has to declare it.
 */
@Component
class OpenTaskProjectionPlugin extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final OpenTaskProjection projection;

    OpenTaskProjectionPlugin(OpenTaskProjection projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                        && shownInTheInbox(activity.getId(), userTaskElement)) {
                    TaskDefinition definition = userTask.getTaskDefinition();
                    EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, projection));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * A user task of a kind the platform has a page for, or one an administrator added with Camunda form
     * fields (the inbox renders those generically); any other user task stays in Camunda's Tasklist.
     */
    static boolean shownInTheInbox(String userTaskId, Element userTaskElement) {
        if (TaskKind.ofUserTask(userTaskId).isPresent()) {
            return true;
        }
        Element extensions = userTaskElement.element("extensionElements");
        Element formData = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formData");
        return formData != null && !formData.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formField").isEmpty();
    }

    @Override
    public String toString() {
        return "openTaskProjection";
    }
}
