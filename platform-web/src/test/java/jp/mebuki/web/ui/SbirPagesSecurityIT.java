package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.stagegate.GateAssignmentState;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.PageSession;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.task.WorkTask;

/**
 * The SBIR pages' protections over HTTP with a browser's cookies: another applicant's project is 404,
 * PM gate pages refuse reviewers and applicants (403), a gate task of another reviewer is 404, and every
 * SBIR form post needs the CSRF token.
 */
@WebIT
@TestPropertySource(properties = { "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=1000" })
class SbirPagesSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;
    @Autowired
    StageGateService gates;
    @Autowired
    MutableClock clock;
    SbirFixture sbir;

    @BeforeEach
    void setUp() {
        clock.reset();
        sbir = SbirFixture.of(beans);
    }

    @Test
    void answersAnotherApplicantsProjectWith404AndSavesNothing() {
        long project = sbir.awardedProject("app.inoue", "Inoue monitoring patch");
        PageSession other = PageSession.signIn(port, "app.mori");

        Response page = other.get("/applicant/projects/" + project);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.raw()).doesNotContain("Inoue monitoring patch");
        assertThat(other.get("/applicant/projects").raw()).doesNotContain("Inoue monitoring patch");
        Response report = other.post("/applicant/projects/" + project + "/report", Map.of("technicalResults", "x",
                "businessResults", "y", "spentYen", "1"), other.token("/applicant/projects"));
        assertThat(report.status()).isEqualTo(404);
        assertThat(other.get("/applicant/projects/999999").status()).isEqualTo(404);
        assertThat(sbir.project(project).getReports()).isEmpty();

        PageSession owner = PageSession.signIn(port, "app.inoue");
        assertThat(owner.get("/applicant/projects/" + project).status()).isEqualTo(200);
        assertThat(owner.get("/pm/projects/" + project).status()).isEqualTo(403);
    }

    @Test
    void refusesPmGatePagesToReviewersAndApplicantsAndGateTasksToOtherReviewers() {
        long project = sbir.awardedProject("app.kimura", "Kimura rubble drone");
        sbir.report(project, "app.kimura");
        WorkTask gateTask = sbir.gateReviewTask(project);
        String assigned = sbir.reviewerOf(gateTask);
        String outsider = sbir.reviewerOtherThan(assigned);

        PageSession other = PageSession.signIn(port, outsider);
        assertThat(other.get("/reviewer/gate-tasks/" + gateTask.id()).status()).isEqualTo(404);
        assertThat(other.post("/reviewer/gate-tasks/" + gateTask.id() + "/conflict", Map.of("reason", "x"),
                other.token("/reviewer/tasks")).status()).isEqualTo(404);
        assertThat(PageSession.signIn(port, assigned).get("/reviewer/gate-tasks/" + gateTask.id()).status())
                .isEqualTo(200);

        sbir.gateReviewedWith(project, 4, 4);
        WorkTask decision = sbir.gateDecisionTask(project);
        for (String user : List.of(assigned, "app.kimura")) {
            PageSession session = PageSession.signIn(port, user);
            for (String path : List.of("/pm/projects", "/pm/projects/" + project, "/pm/gate-tasks/" + decision.id())) {
                assertThat(session.get(path).status()).as("%s GET %s", user, path).isEqualTo(403);
            }
            String token = session.token(user.startsWith("app.") ? "/applicant/projects" : "/reviewer/tasks");
            assertThat(session.post("/pm/gate-tasks/" + decision.id(), Map.of("decision", "NO_GO", "reason", "x"),
                    token).status()).as("%s POST", user).isEqualTo(403);
        }
        assertThat(PageSession.signIn(port, "admin").get("/pm/gate-tasks/" + decision.id()).status()).isEqualTo(403);
        assertThat(PageSession.signIn(port, "admin").get("/pm/projects/" + project).status()).isEqualTo(200);
        assertThat(sbir.gateDecided(project)).isFalse();
        assertThat(sbir.project(project).getPhase()).isEqualTo(SbirPhase.PHASE_1);
    }

    @Test
    void refusesEverySbirFormPostWithoutTheCsrfToken() {
        long project = sbir.awardedProject("app.hayashi", "Hayashi drone");
        PageSession awardee = PageSession.signIn(port, "app.hayashi");
        Response report = awardee.post("/applicant/projects/" + project + "/report", Map.of("technicalResults", "x",
                "businessResults", "y", "spentYen", "1"), null);
        assertThat(report.status()).isEqualTo(403);
        assertThat(sbir.project(project).getReports()).isEmpty();

        sbir.report(project, "app.hayashi");
        WorkTask gateTask = sbir.gateReviewTask(project);
        PageSession reviewer = PageSession.signIn(port, sbir.reviewerOf(gateTask));
        assertThat(reviewer.post("/reviewer/gate-tasks/" + gateTask.id() + "/score", Map.of(
                "scores[TECHNICAL_RESULTS]", "4", "scores[TECHNICAL_FEASIBILITY]", "4", "scores[MARKET_POTENTIAL]", "4",
                "scores[PROCUREMENT_FIT]", "4", "comment", "x"), null).status()).isEqualTo(403);
        assertThat(reviewer.post("/reviewer/gate-tasks/" + gateTask.id() + "/conflict", Map.of("reason", "x"), null)
                .status()).isEqualTo(403);
        assertThat(gates.assignmentsOf(sbir.latestGate(project).id()))
                .noneMatch(a -> a.state() != GateAssignmentState.ASSIGNED);

        sbir.gateReviewedWith(project, 2, 2);
        WorkTask decision = sbir.gateDecisionTask(project);
        PageSession pm = PageSession.signIn(port, SbirFixture.PM);
        assertThat(pm.post("/pm/gate-tasks/" + decision.id(), Map.of("decision", "NO_GO", "reason", "x"), null)
                .status()).isEqualTo(403);
        assertThat(sbir.gateDecided(project)).isFalse();

        Response decided = pm.post("/pm/gate-tasks/" + decision.id(), Map.of("decision", "NO_GO", "reason",
                "Flight time far below the need"), pm.token("/pm/gate-tasks/" + decision.id()));
        assertThat(decided.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(sbir.project(project).getClosingReason())
                .isEqualTo("Flight time far below the need"));
    }
}
