package jp.mebuki.web.ui.admin;

import java.nio.charset.StandardCharsets;

/**
 * Small BPMN models as an administrator would save them from the Modeler: a start event, user tasks in a
 * row and an end event, with a diagram (a shape per element) so that bpmn-js can draw them.
 */
final class TestModels {

    private TestModels() {
    }

    /** A process whose user tasks (ids as given) run one after another. */
    static byte[] userTasks(String key, String... taskIds) {
        StringBuilder flow = new StringBuilder();
        StringBuilder shapes = new StringBuilder();
        String previous = "Start";
        shapes.append(shape("Start", 100, 36, 36));
        int x = 180;
        for (int i = 0; i < taskIds.length; i++) {
            String task = taskIds[i];
            flow.append("    <bpmn:userTask id=\"").append(task).append("\" name=\"").append(task).append("\"/>\n");
            flow.append(sequence(previous, task, i));
            shapes.append(shape(task, x, 100, 80));
            previous = task;
            x += 150;
        }
        flow.append(sequence(previous, "End", taskIds.length));
        shapes.append(shape("End", x, 36, 36));
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_%1$s" targetNamespace="https://mebuki.jp/test">
                  <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"/>
                %2$s    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="Diagram_%1$s">
                    <bpmndi:BPMNPlane id="Plane_%1$s" bpmnElement="%1$s">
                %3$s    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(key, flow, shapes);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String sequence(String from, String to, int index) {
        return "    <bpmn:sequenceFlow id=\"Flow" + index + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
    }

    private static String shape(String element, int x, int width, int height) {
        return "      <bpmndi:BPMNShape id=\"" + element + "_di\" bpmnElement=\"" + element + "\">"
                + "<dc:Bounds x=\"" + x + "\" y=\"" + (120 - height / 2) + "\" width=\"" + width + "\" height=\""
                + height + "\"/></bpmndi:BPMNShape>\n";
    }
}
