package jp.mebuki.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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
}
