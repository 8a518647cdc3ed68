package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.PageSession;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.task.WorkTask;

/**
 * The SBIR pages in Debian's headless Chromium: an awardee following a project (phases, budgets, the
 * report due in Japan time, overdue marked) and submitting the final report; a gate reviewer scoring from
 * the inbox; a PM taking the gate decision (refusals beside their fields) and the awardee seeing it; the
 * dashboard's KPIs, SBIR tables and charts, and the CSV of every table. Screenshots under
 * {@code target/screenshots}.
 */
@WebIT
// the same job-executor settings as SbirApiIT, so both share one application context; gates wait on its async steps
@TestPropertySource(properties = { "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=1000" })
class SbirPagesIT {

    private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;
    @Autowired
    AuditLog audit;
    @Autowired
    SbirProjectService projects;
    @Autowired
    MutableClock clock;
    SbirFixture sbir;

    @BeforeEach
    void setUp() {
        clock.reset();
        sbir = SbirFixture.of(beans);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAwardeeFollowsTheProjectAndSubmitsTheFinalReportFromThePage() {
        long project = sbir.awardedProject("app.mori", "倒壊建物を探索するドローン");
        Instant due = sbir.project(project).currentPhase().plannedEnd();

        try (Browser browser = new Browser(port, "ja")) {
            browser.signIn("app.mori");
            browser.open("/applicant/projects");
            assertThat(browser.text("li[data-project='" + project + "']")).contains("倒壊建物を探索するドローン")
                    .contains("フェーズ1").contains("20,000,000円");
            browser.screenshot("50-sbir-projects-ja");

            browser.clickCss("li[data-project='" + project + "'] a");
            assertThat(browser.text("#phases")).contains("20,000,000円").contains("3,000,000円〜30,000,000円");
            assertThat(browser.text("#report-due")).contains("フェーズ1（PoC・F/S）の最終報告")
                    .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.JAPANESE)
                            .withZone(JAPAN).format(due)).contains("JST").doesNotContain("期限超過");
            assertThat(browser.all("#gates")).isEmpty();
            browser.screenshot("51-sbir-project-ja");

            clock.advance(Duration.ofDays(301));
            browser.open("/applicant/projects/" + project);
            assertThat(browser.all("#report-due.overdue")).hasSize(1);
            assertThat(browser.text("#report-due")).contains("期限超過");
            clock.reset();

            browser.click("submit-report");
            assertThat(browser.text("#technicalResults-error")).isEqualTo("この項目は必須です。");
            assertThat(browser.all("#technicalResults[aria-invalid='true']")).hasSize(1);
            browser.screenshot("52-sbir-report-validation-ja");
            assertThat(sbir.project(project).getReports()).isEmpty();

            browser.type("technicalResults", "3か所の倒壊現場で地図を作成した。")
                    .type("businessResults", "2つの消防本部が試験導入を希望。").type("spentYen", "18000000")
                    .click("submit-report");
            assertThat(browser.text(".notice")).contains("最終報告を提出しました");
            assertThat(browser.text("#report-due-none")).contains("ステージゲート審査中");
            assertThat(browser.text(".report")).contains("18,000,000円");

            browser.size(390, 844).open("/applicant/projects/" + project);
            assertThat(browser.all("#phases .phase")).hasSize(1);
            browser.screenshot("53-sbir-project-phone-ja");
        }
        assertThat(sbir.project(project).getReports()).singleElement()
                .satisfies(r -> assertThat(r.spentYen()).isEqualTo(18_000_000L));
    }

    @Test
    void aReviewerScoresTheGateFromTheInboxAndThePmTakesTheGateDecision() {
        long project = sbir.awardedProject("app.abe", "Rubble mapping drone");
        sbir.report(project, "app.abe");
        WorkTask gateTask = sbir.gateReviewTask(project);
        String reviewer = sbir.reviewerOf(gateTask);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(reviewer);
            browser.clickCss("tr[data-kind='REVIEW_GATE'][data-application='"
                    + sbir.project(project).getApplicationId().value() + "'] a");
            assertThat(browser.path()).isEqualTo("/reviewer/gate-tasks/" + gateTask.id());
            assertThat(browser.text("main")).contains("Mapped three sites.");
            browser.click("send-gate-review");
            assertThat(browser.text("#scoresTECHNICAL_RESULTS-error")).isEqualTo("This is required.");
            browser.screenshot("54-reviewer-gate-review-en");
            browser.choose("scoresTECHNICAL_RESULTS", "4").choose("scoresTECHNICAL_FEASIBILITY", "4")
                    .choose("scoresMARKET_POTENTIAL", "4").choose("scoresPROCUREMENT_FIT", "4")
                    .type("comment", "Convincing field results.").click("send-gate-review");
            assertThat(browser.text(".notice")).contains("gate review has been submitted");
            browser.signOut();
        }
        sbir.gateReviewedWith(project, 4, 4);
        WorkTask decision = sbir.gateDecisionTask(project);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(SbirFixture.PM);
            browser.open("/pm/projects");
            assertThat(browser.text("tr[data-project='" + project + "']")).contains("Phase 1").contains("Active");
            browser.screenshot("55-pm-sbir-projects-en");
            browser.clickCss("tr[data-project='" + project + "'] a.button");
            assertThat(browser.path()).isEqualTo("/pm/gate-tasks/" + decision.id());
            assertThat(browser.text("#recommendation")).contains("GO");
            assertThat(browser.all("#gate-scores tbody tr")).isNotEmpty();
            assertThat(browser.text("#gate-scores")).contains("Convincing field results.");

            browser.check("decision", "GO").type("reason", "").click("send-gate-decision");
            assertThat(browser.text("#reason-error")).isEqualTo("This is required.");
            browser.type("reason", "Field results convincing; two buyers.").click("send-gate-decision");
            assertThat(browser.text("#budgetYen-error")).isEqualTo("This is required.");
            browser.type("budgetYen", "5000000").setValue("plannedEnd", LocalDate.now(JAPAN).plusDays(400).toString())
                    .click("send-gate-decision");
            assertThat(browser.text("#budgetYen-error")).contains("outside the range");
            assertThat(browser.text("#budgetYen-hint")).isEqualTo("¥10,000,000 and up");
            browser.screenshot("56-pm-gate-decision-en");
            assertThat(sbir.gateDecided(project)).isFalse();

            browser.type("budgetYen", "60000000").setValue("plannedEnd", LocalDate.now(JAPAN).plusDays(400).toString())
                    .click("send-gate-decision");
            assertThat(browser.path()).isEqualTo("/pm/projects/" + project);
            assertThat(browser.text(".notice")).contains("gate decision has been recorded");
            assertThat(browser.text("#project-phase")).contains("Phase 2");
            assertThat(browser.text("#gates")).contains("GO").contains("Field results convincing; two buyers.");
            browser.screenshot("57-pm-sbir-project-en");
        }
        assertThat(sbir.project(project).getPhase()).isEqualTo(SbirPhase.PHASE_2);
        assertThat(sbir.latestGate(project).decision()).isEqualTo(GateDecision.GO);
        assertThat(audit.trailOf(SbirProjectService.AUDIT_SUBJECT, project))
                .filteredOn(e -> e.action().equals("GATE_DECISION_CONFIRMED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(SbirFixture.PM);
                    assertThat(e.detail()).contains("GO").contains("Field results convincing; two buyers.");
                });

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn("app.abe").open("/applicant/projects/" + project);
            assertThat(browser.text("#gates .gate")).contains("GO").contains("Field results convincing; two buyers.")
                    .contains("¥60,000,000");
            assertThat(browser.text("#phases")).contains("¥20,000,000").contains("¥60,000,000");
            assertThat(browser.text("#gates")).doesNotContain("Convincing field results.");
            browser.screenshot("58-sbir-project-gate-go-en");
        }
    }

    @Test
    void theDashboardShowsTheKpisAndEveryTableDownloadsAsCsv() {
        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(SbirFixture.PM).open("/dashboard");
            browser.waitFor(b -> !b.all("#chart-sbir-conversion svg").isEmpty());
            String kpis = browser.text("#section-kpis");
            assertThat(kpis).contains("Deep-tech / impact startups created and nurtured")
                    .contains("Public procurement from new SMEs")
                    .contains("Public procurement contracts recorded for SBIR projects")
                    .contains("Not tracked by the platform");
            assertThat(rowOf(browser, "kpis", "Public procurement from new SMEs").get(4))
                    .isEqualTo(Long.toString(projects.kpis().publicProcurementContracts()));
            assertThat(rowOf(browser, "kpis", "Startups valued at 10 billion yen or more").get(4))
                    .isEqualTo("Not tracked by the platform");
            assertThat(browser.text("#section-sbirConversion")).contains("Phase 1").contains("Commercialization");
            assertThat(browser.all("#section-mentorLoad tbody tr")).isNotEmpty();
            assertThat(browser.text("#section-reviewerLoad thead")).contains("Gate reviews assigned");
            browser.screenshot("59-dashboard-sbir-en");

            List<String> tables = browser.all("a[data-csv]").stream().map(a -> a.getAttribute("data-csv")).toList();
            assertThat(tables).contains("perCall", "stageTimes", "reviewerLoad", "byField", "byInstitution",
                    "byPrefecture", "kpis", "sbirConversion", "sbirPhaseTimes", "sbirGates", "mentorLoad");
            PageSession pm = PageSession.signIn(port, SbirFixture.PM);
            for (String table : tables) {
                Response csv = pm.get("/dashboard/" + table + ".csv");
                assertThat(csv.status()).as(table).isEqualTo(200);
                assertThat(csv.contentType()).startsWith("text/csv");
                assertThat(csv.header("Content-Disposition")).contains("mebuki-" + table + ".csv");
                List<String> lines = csv.raw().lines().toList();
                assertThat(lines.get(0)).as(table).startsWith("\uFEFF")
                        .contains(browser.text("#data-" + table + " thead th"));
                assertThat(lines).as(table).hasSize(1 + browser.all("#data-" + table + " tbody tr").size());
            }
            assertThat(pm.get("/dashboard/kpis.csv").raw()).contains("Not tracked by the platform")
                    .contains("Public procurement from new SMEs");
        }
    }

    private static List<String> rowOf(Browser browser, String table, String firstCell) {
        for (WebElement row : browser.all("#data-" + table + " tbody tr")) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.get(0).equals(firstCell)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + table);
    }
}
