package jp.mebuki.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/**
 * The checks every committed model must pass against its backing class, shared by the model tests:
 * administrators open these files in the Modeler, so a missing diagram shape or a renamed element is a
 * defect even when the engine would still run the model.
 */
public final class ModelAssertions {

    private ModelAssertions() {
    }

    /** Reads and schema-validates a model from the class path (where `bpmn/` is packaged). */
    public static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = ModelAssertions.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    public static void assertExecutableWithHistoryTimeToLive(BpmnModelInstance model, String processKey) {
        Process process = model.getModelElementById(processKey);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    }

    /** Every id the backing class names exists, and every flow node is one the backing class names. */
    public static void assertNamesExactlyTheElementsOf(BpmnModelInstance model, Class<?> elements) {
        List<String> named = constantsOf(elements);
        for (String id : named) {
            assertThat((Object) model.getModelElementById(id)).as("element %s", id).isInstanceOf(BaseElement.class);
        }
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(named).contains(id));
    }

    /** The diagram is complete: a shape with bounds for every node, an edge for every sequence flow. */
    public static void assertDrawsEveryShapeAndEveryEdge(BpmnModelInstance model) {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .peek(s -> assertThat(s.getBounds()).as("bounds of %s", s.getId()).isNotNull())
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(model.getModelElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .allSatisfy(id -> assertThat(shapes).as("shapes").contains(id));
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        assertThat(edges).allSatisfy(e -> assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(edges.stream().map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(SequenceFlow.class).stream()
                        .map(SequenceFlow::getId).toList());
    }

    /** The string constants of a backing-class holder (element ids, message names), none repeated. */
    public static List<String> constantsOf(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("constant " + field.getName() + " is not readable", e);
                }
            }
        }
        assertThat(values).isNotEmpty().doesNotHaveDuplicates();
        return values;
    }
}
