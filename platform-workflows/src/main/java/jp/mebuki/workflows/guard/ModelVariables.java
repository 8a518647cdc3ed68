package jp.mebuki.workflows.guard;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The variables a process model provides by itself: form fields, input/output parameters, multi-instance
 * element variables, result variables and the outputs of call activities.
 */
final class ModelVariables {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private ModelVariables() {
    }

    static Set<String> of(DomElement process) {
        Set<String> names = new HashSet<>();
        collect(process, names);
        return names;
    }

    private static void collect(DomElement element, Set<String> names) {
        String local = element.getLocalName();
        if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
            switch (local) {
                case "formField" -> add(names, element.getAttribute("id"));
                case "inputParameter", "outputParameter" -> add(names, element.getAttribute("name"));
                case "out" -> add(names, element.getAttribute("target"));
                default -> {
                }
            }
        }
        add(names, element.getAttribute(CAMUNDA_NS, "elementVariable"));
        add(names, element.getAttribute(CAMUNDA_NS, "resultVariable"));
        for (DomElement child : element.getChildElements()) {
            collect(child, names);
        }
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name);
        }
    }
}
