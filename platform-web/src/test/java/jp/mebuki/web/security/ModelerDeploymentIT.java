package jp.mebuki.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.web.support.Api;
import jp.mebuki.workflows.admin.ProcessAdministrationService;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;

/**
 * Deploying from the Camunda Modeler, exactly as its "Deploy" dialog sends it (multipart
 * {@code POST /engine-rest/deployment/create} with {@code deployment-name}, {@code deployment-source},
 * {@code deploy-changed-only} and the file, HTTP Basic): only administrators may, and a new version is
 * used by new instances while the running ones finish on the version they started with.
 */
@WebIT
class ModelerDeploymentIT {

    private static final String KEY = "ModelerVersionsCheck";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void newInstancesUseTheNewVersionWhileRunningInstancesFinishOnTheirOwn() {
        byte[] v1 = model("Prepare");
        assertThat(modelerDeploy(null, v1).status()).isEqualTo(401);
        assertThat(modelerDeploy("pm.sato", v1).status()).isEqualTo(403);
        Response first = modelerDeploy("admin", v1);
        assertThat(first.status()).isEqualTo(200);
        String running = start();
        assertThat(definitionOf(running).path("version").asInt()).isEqualTo(1);

        assertThat(modelerDeploy("admin", v1).body().path("deployedProcessDefinitions").size())
                .as("deploy-changed-only: the unchanged model is no new version").isZero();
        Response second = modelerDeploy("admin", model("Prepare", "DoubleCheck"));
        assertThat(second.status()).isEqualTo(200);
        String started = start();

        assertThat(definitionOf(started).path("version").asInt()).isEqualTo(2);
        assertThat(definitionOf(running).path("version").asInt()).as("still on its version").isEqualTo(1);
        completeTask(running, "Prepare");
        JsonNode finished = api.get("admin", "/engine-rest/history/process-instance/" + running).body();
        assertThat(finished.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.path("processDefinitionVersion").asInt()).isEqualTo(1);
        assertThat(audit.byAction(ProcessAdministrationService.DEPLOYED))
                .as("each accepted Modeler deployment is audited with who and what; the refused ones are not")
                .filteredOn(e -> e.detail().contains("modeler-versions-check"))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"))
                .anySatisfy(e -> assertThat(e.detail()).contains(second.body().path("id").asText())
                        .contains("from Camunda Modeler").contains(KEY + " v2"));
        completeTask(started, "Prepare");
        assertThat(api.get("admin", "/engine-rest/task?processInstanceId=" + started).body().get(0)
                .path("taskDefinitionKey").asText()).as("the new version's extra step").isEqualTo("DoubleCheck");
    }

    private String start() {
        Response started = api.post("admin", "/engine-rest/process-definition/key/" + KEY + "/start", Map.of());
        assertThat(started.status()).isEqualTo(200);
        return started.body().path("id").asText();
    }

    private JsonNode definitionOf(String instanceId) {
        String definitionId = api.get("admin", "/engine-rest/process-instance/" + instanceId).body()
                .path("definitionId").asText();
        return api.get("admin", "/engine-rest/process-definition/" + definitionId).body();
    }

    private void completeTask(String instanceId, String taskKey) {
        JsonNode task = api.get("admin", "/engine-rest/task?processInstanceId=" + instanceId).body().get(0);
        assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(taskKey);
        assertThat(api.post("admin", "/engine-rest/task/" + task.path("id").asText() + "/complete", Map.of()).status())
                .isEqualTo(204);
    }

    /** The Modeler's multipart request. */
    private Response modelerDeploy(String user, byte[] model) {
        String boundary = "----ModelerBoundary7MA4YWxkTrZu0gW";
        StringBuilder head = new StringBuilder();
        Map.of("deployment-name", "modeler-versions-check", "deployment-source", "Camunda Modeler",
                "deploy-changed-only", "true").forEach((name, value) -> head.append("--").append(boundary)
                        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                        .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(KEY).append(".bpmn\"; filename=\"").append(KEY)
                .append(".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(model);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(user, "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] model(String... userTasks) {
        StringBuilder flow = new StringBuilder();
        String previous = "Start";
        for (int i = 0; i < userTasks.length; i++) {
            flow.append("<bpmn:userTask id=\"").append(userTasks[i]).append("\"/>")
                    .append("<bpmn:sequenceFlow id=\"F").append(i).append("\" sourceRef=\"").append(previous)
                    .append("\" targetRef=\"").append(userTasks[i]).append("\"/>");
            previous = userTasks[i];
        }
        flow.append("<bpmn:sequenceFlow id=\"FEnd\" sourceRef=\"").append(previous).append("\" targetRef=\"End\"/>");
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"ModelerVersions\""
                + " targetNamespace=\"https://mebuki.jp/test\">"
                + "<bpmn:process id=\"" + KEY + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                + "<bpmn:startEvent id=\"Start\"/>" + flow + "<bpmn:endEvent id=\"End\"/>"
                + "</bpmn:process></bpmn:definitions>").getBytes(StandardCharsets.UTF_8);
    }
}
