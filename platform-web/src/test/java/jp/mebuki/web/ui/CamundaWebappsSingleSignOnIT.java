package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.web.support.Browser;
import jp.mebuki.web.support.WebIT;

/**
 * Cockpit in Debian's headless Chromium, entered from the platform's own sign-in: an administrator
 * and a programme manager see Cockpit's dashboard without a second login, an applicant gets no access.
 * Screenshots under {@code target/screenshots}.
 */
@WebIT
class CamundaWebappsSingleSignOnIT {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorSignedInOnThePlatformReachesCockpitWithoutASecondLogin() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.open(COCKPIT);
            assertThat(browser.path()).as("unauthenticated: the platform's sign-in").startsWith("/login");
            browser.type("username", "admin").type("password", jp.mebuki.web.support.Api.PASSWORD).click("sign-in");

            // the first visit of Cockpit in this JVM loads its whole single-page app: 20 s were not always enough
            // while the rest of the suite ran alongside
            browser.waitFor(Duration.ofSeconds(60), b -> b.path().startsWith(COCKPIT) && cockpitDashboardShown(b));
            assertThat(browser.html()).as("no Camunda login form").doesNotContain("name=\"username\"");
            browser.open(COCKPIT + "#/processes").waitFor(b -> b.text("body").contains("Gap fund screening"));

            assertThat(browser.text("body")).contains("Gap fund screening", "SBIR project lifecycle");
            browser.screenshot("70-cockpit-single-sign-on-admin");
        }
    }

    @Test
    void aProgrammeManagerReachesCockpitToRead() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("pm.sato").open(COCKPIT);

            browser.waitFor(Duration.ofSeconds(60), CamundaWebappsSingleSignOnIT::cockpitDashboardShown);
            browser.open(COCKPIT + "#/processes").waitFor(b -> b.text("body").contains("Gap fund screening"));

            assertThat(browser.text("body")).contains("Gap fund screening", "Mentor assignment");
            browser.screenshot("71-cockpit-single-sign-on-pm");
        }
    }

    @Test
    void anApplicantSignedInOnThePlatformGetsNoAccessToCockpit() {
        try (Browser browser = new Browser(port, "en-US")) {
            browser.signIn("app.abe").open(COCKPIT);

            assertThat(browser.text("h1")).isEqualTo("Not allowed");
            assertThat(browser.text("body")).doesNotContain("Process Definitions").doesNotContain("Gap fund screening");
            browser.screenshot("72-cockpit-applicant-no-access");
        }
    }

    /** Cockpit's dashboard has rendered its sections (an Angular app: wait for the content, not the URL). */
    private static boolean cockpitDashboardShown(Browser browser) {
        String text = browser.text("body");
        return text.contains("Process Definitions") && text.contains("Running Process Instances");
    }
}
