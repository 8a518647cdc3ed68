package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.mentor.MentorOffer;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.mentor.MentoringSession;
import jp.mebuki.core.mentor.MentoringState;
import jp.mebuki.core.mentor.OfferState;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.ReviewDraftService;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Mentoring and review drafts in Debian's headless Chromium: a mentor accepting one offer and declining
 * another with a reason, then logging a check-in; a PM assigning another mentor than proposed; a
 * reviewer saving a draft, coming back to it and submitting. Screenshots under {@code target/screenshots}.
 */
@WebIT
class MentoringJourneysIT {

    private static final String MENTOR = "mentor.nishimura";

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
    ReviewDraftService drafts;
    @Autowired
    UserDirectory users;
    @Autowired
    CallCatalog calls;
    @Autowired
    MentoringService mentoringService;
    @Autowired
    MentorProfileService profiles;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;
    Screening screening;
    Mentoring mentoring;

    @BeforeEach
    void setUp() {
        clock.reset();
        screening = new Screening(applications, screeningProcess, tasks, reviews, users, calls);
        mentoring = new Mentoring(screening, mentoringService, profiles, tasks, users);
    }

    @Test
    void aMentorAcceptsOneOfferDeclinesAnotherWithAReasonAndLogsACheckIn() {
        MentoringMatch accepted = mentoring.adoptedTeam("app.mori", "Fish-friendly gripper");
        MentoringMatch declined = mentoring.adoptedTeam("app.abe", "Drone for bridge inspection");
        mentoring.offerTo(accepted, MENTOR);
        WorkTask declineTask = mentoring.offerTo(declined, MENTOR);

        try (Browser browser = new Browser(port, "ja")) {
            browser.signIn(MENTOR);
            assertThat(browser.path()).isEqualTo("/mentor/proposals");
            assertThat(browser.text("#proposals")).contains("Fish-friendly gripper", "Drone for bridge inspection");
            browser.screenshot("40-mentor-proposals-ja");

            browser.clickCss("tr[data-match='" + declined.getId().value() + "'] a");
            assertThat(browser.text("#why")).contains("適合度", "専門分野");
            assertThat(browser.text("main")).as("the team's application summary")
                    .contains("Drone for bridge inspection", "A gripper that handles fish gently.");
            browser.click("decline");
            assertThat(browser.text("#reason-error")).isEqualTo("この項目は必須です。");
            browser.screenshot("41-mentor-proposal-decline-refused-ja");
            browser.type("reason", "今期は担当チームが多く、十分な時間を確保できません。").click("decline");
            assertThat(browser.text(".notice")).contains("辞退しました");
            assertThat(browser.all("tr[data-match='" + declined.getId().value() + "']")).isEmpty();

            browser.clickCss("tr[data-match='" + accepted.getId().value() + "'] a");
            browser.screenshot("42-mentor-proposal-ja");
            browser.click("accept");
            assertThat(browser.path()).isEqualTo("/mentor/mentees/" + accepted.getId().value());
            assertThat(browser.text(".notice")).contains("引き受けました");

            // the domain refuses one field at a time, each shown beside its field
            browser.type("durationMinutes", "900").click("log-check-in");
            assertThat(browser.text("#summary-error")).isEqualTo("この項目は必須です。");
            browser.type("summary", "漁協での実証の段取りを確認した。").click("log-check-in");
            assertThat(browser.text("#durationMinutes-error")).contains("5分から600分");
            assertThat(browser.all("#summary-error")).isEmpty();
            browser.screenshot("43-mentor-check-in-refused-ja");
            browser.type("durationMinutes", "60").type("topics", "価格設定、最初の顧客").click("log-check-in");
            assertThat(browser.text(".notice")).contains("面談を記録しました");
            assertThat(browser.text("#check-ins")).contains("60分", "価格設定、最初の顧客", "漁協での実証");
            browser.screenshot("44-mentor-mentee-ja");

            browser.open("/mentor/mentees");
            String row = browser.text("tr[data-match='" + accepted.getId().value() + "']");
            assertThat(row).contains("Fish-friendly gripper", "伴走支援中").doesNotContain("まだありません");
            browser.screenshot("45-mentor-mentees-ja");
        }

        assertThat(mentoringService.require(accepted.getId()).getState()).isEqualTo(MentoringState.ACTIVE);
        List<MentoringSession> sessions = mentoringService.sessionsOf(accepted.getId());
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.durationMinutes()).isEqualTo(60);
            assertThat(s.topics()).isEqualTo("価格設定、最初の顧客");
        });
        UserAccount mentor = users.requireByUsername(MENTOR);
        assertThat(mentoringService.require(declined.getId()).getOffers())
                .anyMatch(o -> o.mentorId().equals(mentor.id()) && o.state() == OfferState.DECLINED
                        && o.note().contains("十分な時間"));
        assertThat(tasks.openTasksOf(mentor)).noneMatch(t -> t.id().equals(declineTask.id()));
    }

    @Test
    void aProgrammeManagerAssignsAnotherMentorThanProposedWithAReason() {
        MentoringMatch team = mentoring.adoptedTeam("app.mori", "Gripper waiting for a mentor");
        MentorOffer proposal = mentoringService.require(team.getId()).current();
        String other = users.require(proposal.mentorId()).username().equals("mentor.goto") ? "mentor.endo" : "mentor.goto";
        mentoring.roomFor(other);
        UserAccount chosen = users.requireByUsername(other);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(Mentoring.PM);
            browser.open("/pm/mentoring");
            assertThat(browser.text("tr[data-match='" + team.getId().value() + "']"))
                    .contains("Gripper waiting for a mentor", "Confirm the proposal");
            browser.screenshot("46-pm-mentor-proposals-en");
            browser.clickCss("tr[data-match='" + team.getId().value() + "'] a");
            assertThat(browser.text("#offers")).contains("Proposed", "by the matcher", "Fit ", "field");
            browser.choose("mentorId", Long.toString(chosen.id().value())).click("reassign");
            assertThat(browser.text("#reason-error")).isEqualTo("This is required.");
            browser.screenshot("47-pm-mentor-match-en");
            browser.type("reason", "Knows the materials market of the team's customers first-hand.").click("reassign");
            assertThat(browser.text(".notice")).contains("mentor is assigned");
            assertThat(browser.text("#offers")).contains("Replaced", "Offered", chosen.displayName());
            browser.screenshot("48-pm-mentor-reassigned-en");
        }

        MentoringMatch after = mentoringService.require(team.getId());
        assertThat(after.getState()).isEqualTo(MentoringState.OFFERED);
        assertThat(after.getMentorId()).isEqualTo(chosen.id());
        assertThat(audit.trailOf(MentoringService.AUDIT_SUBJECT, team.getId().value()))
                .anyMatch(e -> e.action().equals("MENTOR_PROPOSAL_OVERRIDDEN") && e.actor().equals(Mentoring.PM)
                        && e.detail().contains("materials market"));
        assertThat(mentoring.taskOf(other, team, TaskKind.RESPOND_TO_MENTORING_OFFER)).isNotNull();
    }

    @Test
    void aReviewerSavesADraftComesBackToItAndSubmits() {
        long application = screening.submitted("app.mori", "Gripper reviewed in two sittings");
        String reviewer = screening.reviewersOf(application).stream().sorted().findFirst().orElseThrow();
        UserAccount account = users.requireByUsername(reviewer);
        tasks.declareConflict(screening.taskOf(account, application, TaskKind.DECLARE_CONFLICT).id(), account,
                false, null);
        WorkTask score = screening.taskOf(account, application, TaskKind.SCORE_APPLICATION);

        try (Browser browser = new Browser(port, "en")) {
            browser.signIn(reviewer).open("/reviewer/tasks/" + score.id());
            browser.choose("scoresTECHNOLOGY", "4").choose("scoresMARKET", "2")
                    .type("comment", "First sitting: the prototype convinces; market still open.")
                    .check("recommendation", "REVISE").click("save-draft");
            assertThat(browser.text(".notice")).contains("draft has been saved");
            assertThat(browser.text("#draft-saved")).contains("not submitted yet");
            browser.signOut();

            browser.signIn(reviewer).open("/reviewer/tasks/" + score.id());
            assertThat(value(browser, "#scoresTECHNOLOGY")).isEqualTo("4");
            assertThat(value(browser, "#scoresMARKET")).isEqualTo("2");
            assertThat(value(browser, "#scoresTEAM")).isEmpty();
            assertThat(value(browser, "#comment")).startsWith("First sitting");
            assertThat(browser.all("input[name='recommendation'][value='REVISE']").get(0).isSelected()).isTrue();
            browser.screenshot("49-reviewer-draft-reopened-en");

            browser.click("send-review");
            assertThat(browser.text("#review-form")).contains("This is required.");
            browser.choose("scoresTEAM", "4").choose("scoresPLAN", "3").choose("scoresIMPACT", "4")
                    .check("recommendation", "ADOPT").click("send-review");
            assertThat(browser.text(".notice")).contains("review has been submitted");
        }

        assertThat(reviews.reviewsOf(score.applicationId())).anyMatch(r -> r.reviewerId().equals(account.id())
                && r.scoresByCriterion().get("MARKET") == 2 && r.comment().startsWith("First sitting"));
        assertThat(drafts.draftOf(score.reviewAssignmentId(), account.id())).as("the draft goes with the submission")
                .isEmpty();
    }

    private static String value(Browser browser, String css) {
        WebElement element = browser.all(css).get(0);
        return element.getDomProperty("value");
    }
}
