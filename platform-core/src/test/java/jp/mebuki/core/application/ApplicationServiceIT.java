package jp.mebuki.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

@SpringBootTest
class ApplicationServiceIT {

    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private Call openCall() {
        return calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow();
    }

    private ApplicationContent content(long amount) {
        return new ApplicationContent("Soft robotic gripper for fisheries", "A gripper that handles fish gently.",
                "ROBOTICS_DRONES", GrowthStage.SEED, amount, "sendai-kosen",
                List.of(new TeamMember("Mori Kaito", "lead", "Sendai College")));
    }

    @Test
    void submitsADraftAndKeepsTheStatusHistory() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(3_000_000));
        Application submitted = applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));

        Application reloaded = applications.require(submitted.getId());
        assertThat(reloaded.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(reloaded.getTeam()).extracting(TeamMember::name).containsExactly("Mori Kaito");
        assertThat(reloaded.getStatusHistory()).extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
        assertThat(applications.eligibilityFacts(reloaded.getId()))
                .isEqualTo(new EligibilityFacts(true, true, true, true));
    }

    @Test
    void appendsEachStatusChangeOnceAndLeavesTheEarlierRowsAlone() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(2_000_000));
        List<String> draftRow = historyRows(draft.getId());
        // two transitions in one transaction: the second save must not insert the first one's change again
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
            applications.startReviewRound(draft.getId());
        });

        List<String> rows = historyRows(draft.getId());
        assertThat(rows).hasSize(3).startsWith(draftRow.get(0));
        assertThat(rows.get(1)).startsWith("1 SUBMITTED app.mori");
        assertThat(rows.get(2)).startsWith("2 UNDER_REVIEW system");
        assertThat(applications.require(draft.getId()).getStatusHistory()).extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void replacesTheTeamOnlyWhenTheDraftIsEdited() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(2_000_000));
        ApplicationContent edited = new ApplicationContent("Soft robotic gripper for fisheries", "A gentler gripper.",
                "ROBOTICS_DRONES", GrowthStage.SEED, 2_000_000L, "sendai-kosen",
                List.of(new TeamMember("Mori Kaito", "lead", "Sendai College"),
                        new TeamMember("Abe Yui", "engineer", null)));
        applications.editDraft(draft.getId(), mori.id(), Actor.user("app.mori"), edited);
        assertThat(teamRows(draft.getId())).containsExactly("0 Mori Kaito lead Sendai College", "1 Abe Yui engineer null");

        applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
        assertThat(teamRows(draft.getId())).containsExactly("0 Mori Kaito lead Sendai College", "1 Abe Yui engineer null");
        assertThat(applications.require(draft.getId()).getTeam()).extracting(TeamMember::name)
                .containsExactly("Mori Kaito", "Abe Yui");
    }

    private List<String> teamRows(ApplicationId id) {
        return jdbc.sql("select application_key, name, team_role, affiliation from application_team_member"
                + " where application = ? order by application_key").param(id.value())
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4))
                .list();
    }

    @Test
    void appendsNothingWhenAConcurrentChangeWonTheRace() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(2_000_000));
        applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
        // another transaction changes the application after this one has read it
        TransactionTemplate other = new TransactionTemplate(transactionManager);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            applications.require(draft.getId());
            other.execute(inner -> jdbc.sql("update application set version = version + 1 where id = ?")
                    .param(draft.getId().value()).update());
            applications.startReviewRound(draft.getId());
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(historyRows(draft.getId())).hasSize(2);
        assertThat(applications.require(draft.getId()).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private List<String> historyRows(ApplicationId id) {
        return jdbc.sql("select application_key, status, actor, changed_at from application_status_change"
                + " where application = ? order by application_key").param(id.value())
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                        + row.getObject(4, java.time.OffsetDateTime.class).toInstant())
                .list();
    }

    @Test
    void rejectsAnAmountOverTheCapNamingTheField() {
        UserAccount mori = users.requireByUsername("app.mori");
        assertThatThrownBy(() -> applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(),
                content(9_000_000))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5000000").extracting("field").isEqualTo("requestedAmountYen");
    }

    @Test
    void refusesASecondSubmit() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(1_000_000));
        applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
        assertThatThrownBy(() -> applications.submit(draft.getId(), mori.id(), Actor.user("app.mori")))
                .isInstanceOf(ConflictingStateException.class);
    }

    @Test
    void hidesAnotherApplicantsApplication() {
        UserAccount mori = users.requireByUsername("app.mori");
        UserAccount abe = users.requireByUsername("app.abe");
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(1_000_000));
        assertThatThrownBy(() -> applications.requireOwned(draft.getId(), abe.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void knowsTheCallOfAnApplication() {
        UserAccount mori = users.requireByUsername("app.mori");
        Call call = openCall();
        Application draft = applications.createDraft(mori.id(), Actor.user("app.mori"), call.id(), content(1_000_000));
        assertThat(applications.callOf(draft.getId())).isEqualTo(call.id());
        // the second look-up is answered by the node (an application never changes its call)
        assertThat(applications.callOf(draft.getId())).isEqualTo(call.id());
        assertThatThrownBy(() -> applications.callOf(new ApplicationId(987_654_321L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givesEachNewDraftTheIdOfItsOwnRow() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application first = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(1_000_000));
        Application second = applications.createDraft(mori.id(), Actor.user("app.mori"), openCall().id(), content(2_000_000));

        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(amountInRow(first.getId())).isEqualTo(1_000_000L);
        assertThat(amountInRow(second.getId())).isEqualTo(2_000_000L);
        // the team rows hang off the id that the insert returned
        assertThat(applications.require(second.getId()).getTeam()).extracting(TeamMember::name).containsExactly("Mori Kaito");
    }

    private long amountInRow(ApplicationId id) {
        return jdbc.sql("select requested_amount_yen from application where id = ?").param(id.value())
                .query(Long.class).single();
    }
}
