package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * The main journeys in Debian's headless Chromium: an applicant applying and following the
 * application to a decision, a reviewer declaring a conflict on one task and scoring another, a PM
 * deciding (and the applicant answering the revision request), the language switch. Each main page
 * is saved as a screenshot under {@code target/screenshots}.
 */
@WebIT
class BrowserJourneysIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationService applications;
    @Autowired
    ScreeningProcessService screeningProcess;
    @Autowired
    WorkTaskService tasks;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDirectory users;
    @Autowired
    CallCatalog calls;
    @Autowired
    MutableClock clock;
    Screening screening;

    @BeforeEach
    void setUp() {
        clock.reset();
        screening = new Screening(applications, screeningProcess, tasks, reviews, users, calls);
    }

    @Test
    void anApplicantAppliesStepByStepAndFollowsTheApplicationToItsAdoption() {
        try (Browser browser = new Browser(port, "ja")) {
            browser.signIn("app.mori");
            assertThat(browser.path()).isEqualTo("/applicant/applications");

            browser.open("/applicant/calls").screenshot("01-applicant-open-calls-ja");
            browser.clickCss("a[data-call='MGF-2026-2']");
            browser.type("title", "魚にやさしいソフトグリッパー").choose("technologyField", "ROBOTICS_DRONES")
                    .check("growthStage", "SEED").choose("institutionCode", "sendai-kosen")
                    .screenshot("02-applicant-form-step1-ja");
            browser.click("next");
            browser.waitFor(b -> b.path().contains("step=2"));

            browser.type("abstractText", "食品用シリコーンで魚を傷つけずにつかむグリッパーの実証。")
                    .type("requestedAmountYen", "9000000").click("next");
            assertThat(browser.text("#requestedAmountYen-error")).contains("上限額");
            browser.screenshot("03-applicant-form-validation-ja");
            browser.type("requestedAmountYen", "3000000").click("next");

            browser.waitFor(b -> b.path().contains("step=3"));
            browser.type("team0.name", "森 海斗").type("team0.role", "代表").type("team0.affiliation", "仙台高専")
                    .click("next");
            browser.waitFor(b -> b.path().contains("step=4"));
            browser.screenshot("04-applicant-form-check-ja");
            browser.click("submit-application");

            browser.waitFor(b -> b.path().matches("/applicant/applications/\\d+"));
            long id = Long.parseLong(browser.path().substring(browser.path().lastIndexOf('/') + 1));
            // the eligibility check runs in a job right after the submit; the page then shows the review
            screening.awaitScreened(id);
            browser.open("/applicant/applications/" + id);
            assertThat(browser.all("#status").get(0).getAttribute("class")).contains("status-UNDER_REVIEW");
            assertThat(browser.text("#next-step")).contains("審査期限");
            browser.screenshot("05-applicant-timeline-under-review-ja");

            screening.reviewCompletely(id);
            screening.decide(id, "pm.sato", DecisionOutcome.ADOPT, "実証計画が具体的で地域へのインパクトが大きい。");

            browser.open("/applicant/applications/" + id);
            assertThat(browser.all("#status").get(0).getAttribute("class")).contains("status-ADOPTED");
            assertThat(browser.text("#next-step")).contains("採択");
            assertThat(browser.texts(".decision")).anyMatch(d -> d.contains("実証計画が具体的"));
            assertThat(browser.texts(".timeline li")).hasSizeGreaterThanOrEqualTo(5);
            browser.screenshot("06-applicant-timeline-adopted-ja");

            browser.size(390, 844).open("/applicant/applications/" + id).screenshot("07-applicant-timeline-phone-ja");
            browser.open("/applicant/applications/" + id + "/edit?step=1");
            assertThat(browser.title()).contains("現在この操作はできません");
        }
    }

    @Test
    void aReviewerDeclaresAConflictOnOneTaskAndScoresAnother() {
        long conflicted = screening.submitted("app.mori", "Conflicted gripper");
        long scored = screening.submitted("app.mori", "Scored gripper");
        Set<String> both = new HashSet<>(screening.reviewersOf(conflicted));
        both.retainAll(screening.reviewersOf(scored));
        assertThat(both).as("a reviewer assigned to both").isNotEmpty();
        String reviewer = both.stream().sorted().findFirst().orElseThrow();

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(reviewer);
            assertThat(browser.path()).isEqualTo("/reviewer/tasks");
            browser.screenshot("10-reviewer-inbox-en");
            assertThat(browser.text("tr[data-application='" + conflicted + "']")).contains("Conflicted gripper");
            assertThat(browser.text("tr[data-application='" + scored + "']")).contains("Scored gripper");

            browser.clickCss("tr[data-application='" + conflicted + "'] a");
            browser.check("conflict", "true").click("declare");
            assertThat(browser.text("#reason-error")).isEqualTo("This is required.");
            browser.type("reason", "I co-supervise a member of this team.").screenshot("11-reviewer-conflict-en");
            browser.click("declare");
            assertThat(browser.text(".notice")).contains("conflict of interest was recorded");
            assertThat(browser.all("tr[data-application='" + conflicted + "']")).isEmpty();

            browser.clickCss("tr[data-application='" + scored + "'][data-kind='DECLARE_CONFLICT'] a");
            browser.check("conflict", "false").click("declare");
            browser.waitFor(b -> !b.all("tr[data-application='" + scored + "'][data-kind='SCORE_APPLICATION']").isEmpty()
                    || refreshed(b));
            browser.clickCss("tr[data-application='" + scored + "'][data-kind='SCORE_APPLICATION'] a");
            browser.choose("scoresTECHNOLOGY", "4").choose("scoresMARKET", "3").choose("scoresTEAM", "5")
                    .choose("scoresPLAN", "4");
            browser.type("comment", "Strong team; the market needs sharper evidence.").check("recommendation", "ADOPT")
                    .click("send-review");
            assertThat(browser.text("#review-form")).contains("This is required.");
            browser.screenshot("12-reviewer-scoring-en");
            browser.choose("scoresIMPACT", "5").click("send-review");
            assertThat(browser.text(".notice")).contains("review has been submitted");

            browser.open("/reviewer/reviews");
            assertThat(browser.text("#reviews")).contains("Scored gripper");
            browser.screenshot("13-reviewer-history-en");
            browser.open("/reviewer/applications/" + conflicted);
            assertThat(browser.title()).startsWith("Not found");
        }
        assertThat(screening.reviewersOf(conflicted)).doesNotContain(reviewer);
    }

    @Test
    void aPmRequestsARevisionAndTheApplicantResubmits() {
        long id = screening.submitted("app.mori", "Gripper for the PM");
        screening.reviewCompletely(id);
        String callId = Long.toString(screening.openCallId());

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn("pm.sato");
            assertThat(browser.path()).isEqualTo("/pm/calls");
            browser.screenshot("20-pm-calls-en");
            browser.open("/pm/calls/" + callId);
            assertThat(browser.text("section[data-status='AWAITING_DECISION']")).contains("Gripper for the PM");
            browser.screenshot("21-pm-pipeline-en");
            browser.open("/pm/applications/" + id);
            assertThat(browser.text("#mean")).isNotEqualTo("–");
            browser.screenshot("22-pm-application-en");
            browser.click("decide");
            browser.check("outcome", "REQUEST_REVISION").click("send-decision");
            assertThat(browser.text("main form")).contains("This is required.");
            browser.type("reason", "Please add a field-test plan with a fishery partner.")
                    .screenshot("23-pm-decision-en");
            browser.click("send-decision");
            assertThat(browser.all("#status").get(0).getAttribute("class")).contains("status-REVISION_REQUESTED");

            browser.open("/pm/overdue").screenshot("24-pm-overdue-en");
            browser.open("/dashboard");
            browser.waitFor(b -> !b.all("#chart-per-call svg").isEmpty());
            assertThat(browser.text("#section-kpis")).contains("Deep-tech / impact startups created and nurtured");
            browser.screenshot("25-dashboard-en");
            browser.open("/dashboard?lang=ja");
            browser.waitFor(b -> !b.all("#chart-per-call svg").isEmpty()).screenshot("26-dashboard-ja");
        }
        assertThat(screening.status(id)).isEqualTo(ApplicationStatus.REVISION_REQUESTED);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn("app.mori").open("/applicant/applications/" + id);
            assertThat(browser.text("#next-step")).contains("asks for a revision");
            browser.attach("file", fieldTestPlan()).click("upload");
            assertThat(browser.text(".notice")).contains("document has been added");
            assertThat(browser.text(".documents")).contains("field-test-plan.pdf");
            browser.screenshot("09-applicant-documents-en");
            browser.click("revise");
            assertThat(browser.text(".alert.warn")).contains("field-test plan");
            browser.screenshot("08-applicant-revision-en");
            browser.click("next").waitFor(b -> b.path().contains("step=2"));
            browser.type("abstractText", "Now with a field test at Shiogama port.").click("next")
                    .waitFor(b -> b.path().contains("step=3"));
            browser.click("next").waitFor(b -> b.path().contains("step=4"));
            browser.click("submit-application").waitFor(b -> b.path().matches("/applicant/applications/\\d+"));
            screening.awaitStatus(id, ApplicationStatus.UNDER_REVIEW);
            browser.open("/applicant/applications/" + id);
            assertThat(browser.all("#status").get(0).getAttribute("class")).contains("status-UNDER_REVIEW");
        }
        assertThat(screening.reviewersOf(id)).isNotEmpty();
        assertThat(tasks.openTasksOf(users.requireByUsername("pm.sato")))
                .noneMatch(t -> t.kind() == TaskKind.DECIDE && t.applicationId().value() == id);
    }

    @Test
    void switchesTheLanguageAndKeepsIt() {
        try (Browser browser = new Browser(port, "ja")) {
            browser.open("/login");
            assertThat(browser.lang()).isEqualTo("ja");
            assertThat(browser.text("h1")).isEqualTo("ログイン");
            browser.screenshot("30-login-ja");

            browser.clickCss(".lang a[lang='en']");
            assertThat(browser.lang()).isEqualTo("en");
            assertThat(browser.text("h1")).isEqualTo("Sign in");
            browser.screenshot("31-login-en");

            browser.signIn("app.abe").open("/applicant/calls");
            assertThat(browser.text("h1")).isEqualTo("Open calls");
            assertThat(browser.text(".cards")).contains("Michinoku Gap Fund FY2026, second call").contains("¥5,000,000");

            browser.clickCss(".lang a[lang='ja']");
            assertThat(browser.text("h1")).isEqualTo("募集中の公募");
            assertThat(browser.text(".cards")).contains("みちのくギャップファンド 2026年度 第2回公募").contains("5,000,000円");
        }
    }

    private static Path fieldTestPlan() {
        try {
            Path file = Files.createTempDirectory("mebuki-upload-").resolve("field-test-plan.pdf");
            Files.write(file, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reloads the inbox (the score task follows the declaration within the same request, or shortly after). */
    private static boolean refreshed(Browser browser) {
        browser.open("/reviewer/tasks");
        return false;
    }
}
