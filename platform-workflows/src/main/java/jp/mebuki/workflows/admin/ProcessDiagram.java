package jp.mebuki.workflows.admin;

import java.util.Map;

/**
 * A process version's BPMN XML (for the diagram viewer) and its running tokens: the number of active
 * activity instances per element id.
 */
public record ProcessDiagram(ProcessVersion version, String bpmnXml, Map<String, Long> tokens) {
}
