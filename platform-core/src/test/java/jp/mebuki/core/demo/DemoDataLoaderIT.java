package jp.mebuki.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

@SpringBootTest
class DemoDataLoaderIT {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    UserDirectory users;
    @Autowired
    CallCatalog calls;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void loadsAnOpenGapFundCallForTheTwentyTwoMemberSchools() {
        Call open = calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow();

        assertThat(calls.openCalls()).extracting(Call::code).contains(DemoDataLoader.OPEN_CALL).doesNotContain("MGF-2026-1");
        assertThat(open.eligibleInstitutionCodes()).hasSize(22).contains("tohoku-u", "fukushima-kosen")
                .doesNotContain("u-tokyo");
        assertThat(open.rubric()).hasSize(5);
        assertThat(users.withRole(Role.REVIEWER)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(passwords.matches(DemoDataLoader.DEMO_PASSWORD, users.requireByUsername("pm.sato").passwordHash()))
                .isTrue();
    }

    @Test
    void everyDemoUserSignsInWithTheDemoPasswordAndNoOtherFromTheOneSharedHash() {
        // the loaders hash the shared demo password once (BCrypt costs ~0.1 s a user at start-up)
        List<String> demoUsers = Stream.concat(Stream.of("admin", "pm.sato", "rev.takahashi", "app.shimizu"),
                MentoringDemoData.MENTORS.stream().map(MentoringDemoData.DemoMentor::username)).toList();
        List<UserAccount> accounts = demoUsers.stream().map(users::requireByUsername).toList();

        assertThat(accounts).hasSize(16).allSatisfy(user -> {
            assertThat(passwords.matches(DemoDataLoader.DEMO_PASSWORD, user.passwordHash())).isTrue();
            assertThat(passwords.matches("not-" + DemoDataLoader.DEMO_PASSWORD, user.passwordHash())).isFalse();
        });
        assertThat(accounts).extracting(UserAccount::passwordHash).containsOnly(accounts.get(0).passwordHash());
    }

    @Test
    void loadsNothingOnALaterStart() {
        long usersBefore = users.count();

        loader.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(usersBefore);
    }
}
