package jp.mebuki.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.user.Role;
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
    void loadsNothingOnALaterStart() {
        long usersBefore = users.count();

        loader.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(usersBefore);
    }
}
