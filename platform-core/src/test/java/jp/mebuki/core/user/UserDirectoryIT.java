package jp.mebuki.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.mebuki.core.shared.NotFoundException;

/** The one-column look-ups that tasks and notifications use instead of the whole account. */
@SpringBootTest
class UserDirectoryIT {

    @Autowired
    UserDirectory users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void remembersAUsernameOnceLookedUpBecauseAccountsAreNeverRenamed() {
        UserAccount account = users.registerWithPasswordHash("rev.usernames", users.hashPassword("pw"),
                "Usernames Reviewer", "rev.usernames@example.jp", "tohoku-u", "ja", Set.of(Role.REVIEWER), Set.of("AI"));
        assertThat(users.usernameOf(account.id())).isEqualTo("rev.usernames");

        // no code path renames an account; a rename behind the platform's back shows that the node kept the name
        jdbc.sql("update app_user set username = 'rev.renamed' where id = ?").param(account.id().value()).update();
        assertThat(users.usernameOf(account.id())).isEqualTo("rev.usernames");
        jdbc.sql("update app_user set username = 'rev.usernames' where id = ?").param(account.id().value()).update();
    }

    @Test
    void mailRecipientIsReadEachTime() {
        UserAccount account = users.registerWithPasswordHash("app.mailto", users.hashPassword("pw"),
                "Mail Applicant", "app.mailto@example.jp", "tohoku-u", "en", Set.of(Role.APPLICANT), Set.of());
        assertThat(users.mailRecipientOf(account.id())).isEqualTo(new MailRecipient("app.mailto@example.jp", "en"));

        jdbc.sql("update app_user set preferred_locale = 'ja' where id = ?").param(account.id().value()).update();
        assertThat(users.mailRecipientOf(account.id())).isEqualTo(new MailRecipient("app.mailto@example.jp", "ja"));
    }

    @Test
    void refusesAnUnknownUser() {
        assertThatThrownBy(() -> users.usernameOf(new UserId(987_654_321L))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.mailRecipientOf(new UserId(987_654_321L))).isInstanceOf(NotFoundException.class);
    }
}
