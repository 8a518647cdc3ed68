package jp.mebuki.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;

@WebIT
class SecurityIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void answersTheApiWithoutCredentialsWith401ProblemAndNoRedirect() {
        Response response = api.get(null, "/api/applications");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Location")).isNull();
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(401);
        assertThat(response.body().path("code").asText()).isEqualTo("unauthenticated");
        assertThat(response.raw()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cookie(response, "MEBUKI-XSRF-TOKEN")).as("no CSRF cookie before sign-in").isNull();
    }

    @Test
    void refusesAWrongPasswordWith401Problem() {
        Response response = api.send(api.request(null, "/api/calls")
                .header("Authorization", Api.basic("app.abe", "not-the-password")).GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("code").asText()).isEqualTo("bad-credentials");
    }

    @Test
    void refusesAnUnknownUserWith401() {
        Response response = api.send(api.request(null, "/api/calls")
                .header("Authorization", Api.basic("nobody", Api.PASSWORD)).GET());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesADisabledUserWith401() {
        users.register("app.disabled", Api.PASSWORD, "Disabled applicant", "disabled@demo.mebuki.jp", "tohoku-u",
                "en", Set.of(Role.APPLICANT), Set.of());
        jdbc.sql("update app_user set enabled = false where username = 'app.disabled'").update();

        Response response = api.get("app.disabled", "/api/calls");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void challengesTheEngineRestApiWithoutCredentialsWith401() {
        Response response = api.get(null, "/engine-rest/engine");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void forbidsTheEngineRestApiToAProgrammeManagerWith403() {
        assertThat(api.get("pm.sato", "/engine-rest/engine").status()).isEqualTo(403);
        assertThat(api.get("pm.sato", "/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(api.get("app.abe", "/engine-rest/task").status()).isEqualTo(403);
    }

    @Test
    void opensTheEngineRestApiToAnAdministrator() {
        Response response = api.get("admin", "/engine-rest/engine");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get(0).path("name").asText()).isEqualTo("default");
    }

    @Test
    void letsOnlyAnAdministratorDeployAModelLikeTheModelerDoes() {
        assertThat(deploy(null).status()).isEqualTo(401);
        assertThat(deploy("pm.sato").status()).isEqualTo(403);

        Response deployed = deploy("admin");

        assertThat(deployed.status()).isEqualTo(200);
        assertThat(deployed.body().path("deployedProcessDefinitions").toString()).contains("ModelerDeployCheck");
    }

    @Test
    void acceptsABasicAuthenticatedPostWithoutCsrfToken() {
        Response response = api.post("app.abe", "/api/applications", draft());

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void refusesASessionCookiePostWithoutCsrfTokenAndAcceptsItWithTheToken() {
        Api browser = api.session();
        signIn(browser, "app.abe");
        Response calls = browser.get(null, "/api/calls");
        assertThat(calls.status()).isEqualTo(200);
        String token = cookie(calls, "MEBUKI-XSRF-TOKEN");
        assertThat(token).isNotBlank();

        Response withoutToken = browser.post(null, "/api/applications", draft());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.contentType()).startsWith("application/problem+json");
        assertThat(withoutToken.body().path("code").asText()).isEqualTo("csrf");

        Response withToken = browser.send(browser.request(null, "/api/applications")
                .header("Content-Type", "application/json").header("X-MEBUKI-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"callId\":" + openCallId() + ",\"title\":\"Signed in through the form\"}")));
        assertThat(withToken.status()).isEqualTo(201);
    }

    @Test
    void servesHealthAndApiDocumentationWithoutSignIn() {
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void sendsBrowsersOutsideTheApiToTheLoginForm() {
        Response response = api.send(api.request(null, "/some-page").header("Accept", "text/html").GET());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void signsTheCamundaWebappsInFromThePlatformSessionAndRefusesTheirOwnPasswordLogin() {
        Api browser = api.session();
        signIn(browser, "admin");
        Response cockpit = browser.send(browser.request(null, "/camunda/app/cockpit/default/")
                .header("Accept", "text/html").GET());
        assertThat(cockpit.status()).isEqualTo(200);
        String camundaToken = cookie(cockpit, "XSRF-TOKEN");
        assertThat(camundaToken).as("Camunda's own CSRF cookie").isNotBlank();

        Response camundaUser = browser.get(null, "/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.status()).isEqualTo(200);
        assertThat(camundaUser.body().path("userId").asText()).isEqualTo("admin");
        assertThat(camundaUser.body().path("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");

        // no second login: Camunda's own form accepts no password, not even the platform's
        Response login = browser.send(browser.request(null, "/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", camundaToken)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + Api.PASSWORD)));
        assertThat(login.status()).isEqualTo(401);
    }

    @Test
    void givesAnApplicantSignedInOnThePlatformNoCamundaApplication() {
        Api browser = api.session();
        signIn(browser, "app.abe");
        // signed in to Camunda as app.abe, but Cockpit's own application security refuses the page
        assertThat(browser.send(browser.request(null, "/camunda/app/cockpit/default/")
                .header("Accept", "text/html").GET()).status()).isEqualTo(403);

        Response camundaUser = browser.get(null, "/camunda/api/admin/auth/user/default");

        assertThat(camundaUser.body().path("userId").asText()).isEqualTo("app.abe");
        assertThat(camundaUser.body().path("authorizedApps").toString())
                .doesNotContain("cockpit").doesNotContain("tasklist").doesNotContain("\"admin\"");
    }

    @Test
    void sendsAnUnauthenticatedBrowserFromCockpitToThePlatformSignIn() {
        Response response = api.send(api.request(null, "/camunda/app/cockpit/default/")
                .header("Accept", "text/html").GET());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    /** A multipart deployment as the Camunda Modeler sends it. */
    private Response deploy(String user) {
        String boundary = "mebuki-test-boundary";
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="modelerCheck"
                    targetNamespace="https://mebuki.jp/test">
                  <bpmn:process id="ModelerDeployCheck" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEventCheck"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmodeler-check\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"check.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpRequest.Builder request = api.request(user, "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return api.send(request);
    }

    private void signIn(Api browser, String user) {
        Response form = browser.send(browser.request(null, "/login").header("Accept", "text/html").GET());
        assertThat(form.status()).isEqualTo(200);
        Matcher csrf = CSRF_FIELD.matcher(form.raw());
        assertThat(csrf.find()).as("CSRF field of the login form").isTrue();
        Response login = browser.send(browser.request(null, "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + Api.PASSWORD + "&_csrf=" + csrf.group(1))));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
    }

    private static String cookie(Response response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst().orElse(null);
    }

    private long openCallId() {
        return api.get("app.abe", "/api/calls").body().get(0).path("id").asLong();
    }

    private Map<String, Object> draft() {
        return Map.of("callId", openCallId(), "title", "Security test draft");
    }
}
