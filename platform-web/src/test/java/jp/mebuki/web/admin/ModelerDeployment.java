package jp.mebuki.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;

/** The Camunda Modeler's "Deploy": a multipart {@code POST /engine-rest/deployment/create} with HTTP Basic. */
final class ModelerDeployment {

    private static final String BOUNDARY = "----ModelerBoundary7d1f";

    private ModelerDeployment() {
    }

    static Response deploy(Api api, String user, String deploymentName, String fileName, String model) {
        String body = part("deployment-name", deploymentName) + part("deployment-source", "Camunda Modeler")
                + part("deploy-changed-only", "true")
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return api.send(api.request(user, "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** A model as shipped in {@code bpmn/} (packaged into the workflows jar). */
    static String shipped(String name) {
        try (InputStream in = ModelerDeployment.class.getClassLoader().getResourceAsStream("bpmn/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no bpmn/" + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The screening model with a step added as an administrator would in the Modeler: after eligibility,
     * a PM checks the budget's plausibility in a form (no dedicated page), then reviewers are assigned.
     */
    static String screeningWithBudgetCheck() {
        String model = shipped("gap-fund-screening.bpmn");
        String task = """
                <bpmn:userTask id="UserTaskCheckBudgetPlausibility" name="Check budget plausibility" camunda:candidateGroups="PM">
                      <bpmn:extensionElements>
                        <camunda:formData>
                          <camunda:formField id="budgetPlausible" label="Budget plausible" type="boolean">
                            <camunda:validation><camunda:constraint name="required" /></camunda:validation>
                          </camunda:formField>
                          <camunda:formField id="estimatedCostYen" label="Estimated cost (yen)" type="long">
                            <camunda:validation>
                              <camunda:constraint name="required" />
                              <camunda:constraint name="min" config="0" />
                              <camunda:constraint name="max" config="5000000" />
                            </camunda:validation>
                          </camunda:formField>
                          <camunda:formField id="costBasis" label="Basis of the estimate" type="enum">
                            <camunda:value id="QUOTES" name="Supplier quotes" />
                            <camunda:value id="PAST_PROJECTS" name="Past projects" />
                          </camunda:formField>
                          <camunda:formField id="budgetNote" label="Note on the budget" type="string">
                            <camunda:validation>
                              <camunda:constraint name="required" />
                              <camunda:constraint name="minlength" config="5" />
                              <camunda:constraint name="maxlength" config="200" />
                            </camunda:validation>
                          </camunda:formField>
                          <camunda:formField id="checkedOn" label="Checked on" type="date" />
                          <camunda:formField id="checkVersion" label="Checklist version" type="string" defaultValue="2026-1">
                            <camunda:validation><camunda:constraint name="readonly" /></camunda:validation>
                          </camunda:formField>
                        </camunda:formData>
                      </bpmn:extensionElements>
                      <bpmn:incoming>FlowEligible</bpmn:incoming>
                      <bpmn:outgoing>FlowBudgetChecked</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="FlowBudgetChecked" sourceRef="UserTaskCheckBudgetPlausibility" targetRef="ServiceTaskAssignReviewers" />
                    """;
        return model
                .replace("sourceRef=\"GatewayEligible\" targetRef=\"ServiceTaskAssignReviewers\"",
                        "sourceRef=\"GatewayEligible\" targetRef=\"UserTaskCheckBudgetPlausibility\"")
                .replace("      <bpmn:incoming>FlowEligible</bpmn:incoming>\n      <bpmn:incoming>FlowResubmitted</bpmn:incoming>",
                        "      <bpmn:incoming>FlowBudgetChecked</bpmn:incoming>\n      <bpmn:incoming>FlowResubmitted</bpmn:incoming>")
                .replace("    <bpmn:subProcess id=\"SubProcessReviewSlot\"", "    " + task + "    <bpmn:subProcess id=\"SubProcessReviewSlot\"");
    }
}
