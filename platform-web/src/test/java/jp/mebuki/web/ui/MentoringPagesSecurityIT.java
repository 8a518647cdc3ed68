package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.mentor.Mentee;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.mentor.MentoringState;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.review.ReviewDraftService;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.mentoring.MentoringProcessService;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * The mentoring pages, review drafts and the bilingual timeline over HTTP: another mentor's offer or team
 * is 404, another reviewer cannot read a draft, every new form post needs the CSRF token, and the
 * timeline's notes follow the reader's language.
 */
@WebIT
class MentoringPagesSecurityIT {

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
    MentoringProcessService process;
    Screening screening;
    Mentoring mentoring;

    @BeforeEach
    void setUp() {
        screening = new Screening(applications, screeningProcess, tasks, reviews, users, calls);
        mentoring = new Mentoring(screening, mentoringService, profiles, tasks, users);
    }

    @Test
    void answersAnotherMentorsOfferAndMenteeWith404() {
        MentoringMatch team = mentoring.adoptedTeam("app.mori", "Gripper with a mentor");
        WorkTask offer = mentoring.offerTo(team, "mentor.nishimura");
        PageSession owner = PageSession.signIn(port, "mentor.nishimura", "en");
        PageSession other = PageSession.signIn(port, "mentor.sakai", "en");

        assertThat(owner.get("/mentor/proposals/" + offer.id()).status()).isEqualTo(200);
        Response peek = other.get("/mentor/proposals/" + offer.id());
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.raw()).doesNotContain("Gripper with a mentor");
        String token = other.tokenOn("/mentor/proposals");
        assertThat(other.post("/mentor/proposals/" + offer.id() + "/accept", Map.of(), token).status()).isEqualTo(404);
        assertThat(other.post("/mentor/proposals/" + offer.id() + "/decline", Map.of("reason", "not mine"), token)
                .status()).isEqualTo(404);
        assertThat(mentoringService.require(team.getId()).getState()).isEqualTo(MentoringState.OFFERED);

        // an offer not yet accepted is not a mentee, not even for the mentor it is offered to
        String mentee = "/mentor/mentees/" + team.getId().value();
        assertThat(owner.get(mentee).status()).isEqualTo(404);
        mentoring.accept(team, "mentor.nishimura");
        assertThat(owner.get(mentee).status()).isEqualTo(200);
        assertThat(other.get(mentee).status()).isEqualTo(404);
        Response checkIn = other.post(mentee + "/check-ins", Map.of("heldOn", "2026-01-01", "durationMinutes", "60",
                "summary", "not my team"), token);
        assertThat(checkIn.status()).isEqualTo(404);
        assertThat(mentoringService.sessionsOf(team.getId())).isEmpty();
        assertThat(other.get("/mentor/mentees").raw()).doesNotContain("Gripper with a mentor");

        // wrong roles
        PageSession applicant = PageSession.signIn(port, "app.mori", "en");
        assertThat(applicant.get("/mentor/proposals").status()).isEqualTo(403);
        assertThat(applicant.get("/pm/mentoring").status()).isEqualTo(403);
        assertThat(owner.get("/pm/mentoring/" + team.getId().value()).status()).isEqualTo(403);
    }

    @Test
    void showsAnSbirTeamsOfferWithoutAGapFundApplication() {
        MentoringMatch team = process.requestMentor(new MenteeRequest(new Mentee(MenteeKind.SBIR_PROJECT, 7100),
                users.requireByUsername("app.abe").id(), "SBIR sensor platform", "AI", GrowthStage.EARLY, "tohoku-u",
                null));
        WorkTask offer = mentoring.offerTo(team, "mentor.nishimura");

        Response page = PageSession.signIn(port, "mentor.nishimura", "en").get("/mentor/proposals/" + offer.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("SBIR sensor platform", "SBIR hands-on support",
                "This team has no gap-fund application to show.");
    }

    @Test
    void letsNobodyButItsReviewerReadADraft() {
        long application = screening.submitted("app.mori", "Draft secrecy");
        List<String> assigned = List.copyOf(screening.reviewersOf(application));
        String owner = assigned.get(0);
        UserAccount ownerAccount = users.requireByUsername(owner);
        tasks.declareConflict(screening.taskOf(ownerAccount, application, TaskKind.DECLARE_CONFLICT).id(),
                ownerAccount, false, null);
        WorkTask score = screening.taskOf(ownerAccount, application, TaskKind.SCORE_APPLICATION);
        drafts.save(score.reviewAssignmentId(), ownerAccount.id(), Actor.user(owner), Map.of("TECHNOLOGY", 4),
                "Secret first impression", Recommendation.REVISE);

        assertThat(PageSession.signIn(port, owner, "en").get("/reviewer/tasks/" + score.id()).raw())
                .contains("Secret first impression");
        for (String other : List.of(assigned.get(1), outsideReviewer(assigned))) {
            PageSession browser = PageSession.signIn(port, other, "en");
            Response page = browser.get("/reviewer/tasks/" + score.id());
            assertThat(page.status()).as(other).isEqualTo(404);
            assertThat(page.raw()).doesNotContain("Secret first impression");
            Response overwrite = browser.post("/reviewer/tasks/" + score.id() + "/draft",
                    Map.of("comment", "overwritten", "scores[TECHNOLOGY]", "1"), browser.tokenOn("/reviewer/tasks"));
            assertThat(overwrite.status()).as(other).isEqualTo(404);
            UserAccount account = users.requireByUsername(other);
            assertThatThrownBy(() -> drafts.draftOf(score.reviewAssignmentId(), account.id()))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(drafts.draftOf(score.reviewAssignmentId(), ownerAccount.id()).orElseThrow().comment())
                .isEqualTo("Secret first impression");
    }

    @Test
    void refusesTheMentoringAndDraftFormPostsWithoutTheCsrfToken() {
        Map<String, List<String>> posts = Map.of(
                "mentor.nishimura", List.of("/mentor/proposals/any-task/accept", "/mentor/proposals/any-task/decline",
                        "/mentor/mentees/1/check-ins"),
                "pm.sato", List.of("/pm/mentoring/tasks/any-task/confirm", "/pm/mentoring/tasks/any-task/reassign",
                        "/pm/mentoring/tasks/any-task/close"),
                "rev.nakamura", List.of("/reviewer/tasks/any-task/draft"));
        posts.forEach((user, paths) -> {
            PageSession browser = PageSession.signIn(port, user, "en");
            for (String path : paths) {
                Response withoutToken = browser.post(path, Map.of("reason", "x", "mentorId", "1", "summary", "x",
                        "durationMinutes", "30", "heldOn", "2026-01-01", "comment", "x"), null);
                assertThat(withoutToken.status()).as("POST %s without CSRF token", path).isEqualTo(403);
            }
            // with the token the same session gets past CSRF (to the 404 of a task that does not exist)
            String page = user.startsWith("mentor") ? "/mentor/proposals"
                    : user.startsWith("pm") ? "/pm/mentoring" : "/reviewer/tasks";
            Response withToken = browser.post(paths.get(0), Map.of("reason", "x"), browser.tokenOn(page));
            assertThat(withToken.status()).as("POST %s with the token", paths.get(0)).isEqualTo(404);
        });
    }

    @Test
    void showsTheTimelineNotesInTheReadersLanguageOnApplicantAndPmPages() {
        long eligible = screening.submitted("app.mori", "Timeline in two languages");
        long ineligible = screening.submitted("app.shimizu", "Timeline of an outsider");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> screening.status(ineligible) == ApplicationStatus.INELIGIBLE);

        String ja = PageSession.signIn(port, "app.mori", "ja").get("/applicant/applications/" + eligible).raw();
        assertThat(ja).contains("要件確認：すべての要件を満たしています。").doesNotContain(">eligible<");
        String en = PageSession.signIn(port, "app.mori", "en").get("/applicant/applications/" + eligible).raw();
        assertThat(en).contains("Eligible: all rules passed.");
        String pmJa = PageSession.signIn(port, "pm.sato", "ja").get("/pm/applications/" + eligible).raw();
        assertThat(pmJa).contains("要件確認：すべての要件を満たしています。");

        String outsider = PageSession.signIn(port, "app.shimizu", "ja").get("/applicant/applications/" + ineligible)
                .raw();
        assertThat(outsider).contains("要件を満たしていません：所属機関がプログラムの参加機関ではありません");
        // the stored note stays English for the API and the audit trail
        assertThat(applications.require(new ApplicationId(ineligible)).getStatusHistory())
                .anyMatch(c -> c.note() != null && c.note().contains("INSTITUTION_NOT_PARTICIPATING"));
    }

    private String outsideReviewer(List<String> assigned) {
        return users.withRole(Role.REVIEWER).stream().map(UserAccount::username)
                .filter(u -> !assigned.contains(u)).findFirst().orElseThrow();
    }
}
