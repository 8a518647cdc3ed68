package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;
import jp.mebuki.web.support.WebIT;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.WorkTaskService;

/** The pages' protections, checked over HTTP with a browser's cookies: CSRF, ownership, escaping. */
@WebIT
class WebPagesSecurityIT {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

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
    Api api;
    Screening screening;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        screening = new Screening(applications, screeningProcess, tasks, reviews, users, calls);
    }

    @Test
    void refusesEveryFormPostWithoutTheCsrfToken() {
        long own = screening.submitted("app.mori", "CSRF target");
        String task = "any-task-id";
        Api applicant = signedIn("app.mori");
        Api reviewer = signedIn("rev.nakamura");
        Api pm = signedIn("pm.sato");
        Map<Api, List<String>> posts = Map.of(
                applicant, List.of("/applicant/applications", "/applicant/applications/" + own + "/edit",
                        "/applicant/applications/" + own + "/submit", "/applicant/applications/" + own + "/withdraw",
                        "/applicant/applications/" + own + "/documents", "/logout"),
                reviewer, List.of("/reviewer/tasks/" + task + "/conflict", "/reviewer/tasks/" + task + "/review"),
                pm, List.of("/pm/tasks/" + task + "/decide"));

        posts.forEach((browser, paths) -> paths.forEach(path -> {
            Response withoutToken = post(browser, path, Map.of("title", "x", "callId", "1", "step", "1",
                    "conflict", "false", "outcome", "ADOPT", "reason", "x"), null);
            assertThat(withoutToken.status()).as("POST %s without CSRF token", path).isEqualTo(403);
        }));
        assertThat(html(applicant, "/applicant/applications/" + own).status()).as("still signed in").isEqualTo(200);
        assertThat(screening.status(own).name()).isEqualTo("UNDER_REVIEW");

        Response withToken = post(applicant, "/applicant/applications/" + own + "/withdraw", Map.of("reason", "test"),
                token(applicant, "/applicant/applications/" + own));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(screening.status(own).name()).isEqualTo("WITHDRAWN");
    }

    @Test
    void answersAnotherApplicantsApplicationWith404() {
        long mine = screening.submitted("app.mori", "Mori's own");
        Api other = signedIn("app.abe");

        assertThat(html(other, "/applicant/applications/" + mine).status()).isEqualTo(404);
        assertThat(html(other, "/applicant/applications/" + mine + "/edit?step=1").status()).isEqualTo(404);
        Response withdraw = post(other, "/applicant/applications/" + mine + "/withdraw", Map.of(),
                token(other, "/applicant/calls"));
        assertThat(withdraw.status()).isEqualTo(404);
        assertThat(withdraw.raw()).doesNotContain("Mori's own");
        assertThat(html(other, "/applicant/applications/999999").status()).isEqualTo(404);
        assertThat(screening.status(mine).name()).isEqualTo("UNDER_REVIEW");
        assertThat(html(signedIn("app.mori"), "/applicant/applications/" + mine).status()).isEqualTo(200);
    }

    @Test
    void showsAReviewerOnlyTheApplicationsAssignedToThem() {
        long application = screening.submitted("app.mori", "Assigned elsewhere");
        List<String> assigned = List.copyOf(screening.reviewersOf(application));
        String outsider = users.withRole(Role.REVIEWER).stream().map(u -> u.username())
                .filter(u -> !assigned.contains(u)).findFirst().orElseThrow();

        assertThat(html(signedIn(outsider), "/reviewer/applications/" + application).status()).isEqualTo(404);
        assertThat(html(signedIn(assigned.get(0)), "/reviewer/applications/" + application).status()).isEqualTo(200);
        assertThat(html(signedIn(outsider), "/pm/applications/" + application).status()).isEqualTo(403);
        assertThat(html(signedIn(outsider), "/applicant/applications/" + application).status()).isEqualTo(403);
    }

    @Test
    void escapesHtmlTypedIntoAnApplication() {
        Api applicant = signedIn("app.mori");
        String script = "<script>alert('x')</script><b>bold</b>";
        Response created = post(applicant, "/applicant/applications", Map.of("callId",
                Long.toString(screening.openCallId()), "step", "1", "go", "next", "title", script),
                token(applicant, "/applicant/calls"));
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/applications/(\\d+)/edit.*", "$1"));

        for (String page : List.of("/applicant/applications/" + id, "/applicant/applications",
                "/applicant/applications/" + id + "/edit?step=4")) {
            String body = html(applicant, page).raw();
            assertThat(body).as(page).doesNotContain("<script>alert").doesNotContain("<b>bold</b>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
        }
    }

    @Test
    void showsTheDomainsRefusalBesideTheFieldAndSavesNothing() {
        Api applicant = signedIn("app.mori");
        Response refused = post(applicant, "/applicant/applications", Map.of("callId",
                Long.toString(screening.openCallId()), "step", "1", "go", "next", "title", "Over the cap",
                "requestedAmountYen", "900000000"), token(applicant, "/applicant/calls"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.raw()).contains("id=\"requestedAmountYen-error\"")
                .contains("The amount is more than this call allows per application.");
        assertThat(applications.ownedBy(users.requireByUsername("app.mori").id()))
                .noneMatch(a -> a.getTitle().equals("Over the cap"));
    }

    @Test
    void keepsDocumentsToOwnerStaffAndAssignedReviewers() {
        Api owner = signedIn("app.mori");
        long draft = draftOf("app.mori", "With documents");
        Response uploaded = upload(owner, draft, "plan.pdf", pdf(2_000));
        assertThat(uploaded.status()).isEqualTo(302);
        String page = html(owner, "/applicant/applications/" + draft).raw();
        assertThat(page).contains("The document has been added.").contains("plan.pdf");
        Matcher link = Pattern.compile("/documents/(\\d+)").matcher(page);
        assertThat(link.find()).isTrue();
        String document = "/documents/" + link.group(1);
        screeningProcess.submit(new ApplicationId(draft), users.requireByUsername("app.mori").id(),
                Actor.user("app.mori"));
        screening.awaitScreened(draft);
        List<String> assigned = List.copyOf(screening.reviewersOf(draft));
        String outsider = users.withRole(Role.REVIEWER).stream().map(u -> u.username())
                .filter(u -> !assigned.contains(u)).findFirst().orElseThrow();

        Response own = html(owner, document);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).isEqualTo("application/pdf");
        assertThat(own.header("Content-Disposition")).contains("attachment").contains("plan.pdf");
        assertThat(own.raw()).startsWith("%PDF-");
        assertThat(html(signedIn("pm.sato"), document).status()).isEqualTo(200);
        assertThat(html(signedIn(assigned.get(0)), document).status()).isEqualTo(200);
        assertThat(html(signedIn("app.abe"), document).status()).isEqualTo(404);
        assertThat(html(signedIn(outsider), document).status()).isEqualTo(404);
        assertThat(html(owner, "/documents/999999").status()).isEqualTo(404);
    }

    @Test
    void refusesUploadsOfTheWrongTypeOrSizeWithAMessage() {
        Api owner = signedIn("app.mori");
        long draft = draftOf("app.mori", "Refused documents");

        Response text = upload(owner, draft, "looks-like.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(302);
        assertThat(html(owner, "/applicant/applications/" + draft).raw()).contains("id=\"upload-error\"")
                .contains("Only PDF files are accepted.");

        Response large = upload(owner, draft, "large.pdf", pdf(70_000));
        assertThat(large.status()).isEqualTo(302);
        assertThat(html(owner, "/applicant/applications/" + draft).raw())
                .contains("The file is larger than allowed.");

        Response other = upload(signedIn("app.abe"), draft, "plan.pdf", pdf(1_000));
        assertThat(other.status()).isEqualTo(404);
        assertThat(html(owner, "/applicant/applications/" + draft).raw()).doesNotContain("/documents/");
    }

    // ---------------------------------------------------------------- helpers

    private long draftOf(String applicant, String title) {
        UserAccount owner = users.requireByUsername(applicant);
        return applications.createDraft(owner.id(), Actor.user(applicant),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent(title, "Abstract.", "ROBOTICS_DRONES", GrowthStage.SEED, 1_000_000L,
                        owner.institutionCode(), List.of(new TeamMember("Mori Kaito", "lead", null))))
                .getId().value();
    }

    /** A minimal PDF padded to the given size. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    /** A multipart upload as the page's form sends it, with the page's CSRF token. */
    private static Response upload(Api browser, long application, String fileName, byte[] content) {
        String token = token(browser, "/applicant/calls");
        String boundary = "mebuki-upload-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(browser.request(null, "/applicant/applications/" + application + "/documents")
                .setHeader("Accept", "text/html").setHeader("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Api signedIn(String user) {
        Api browser = api.session();
        Response form = html(browser, "/login");
        Response login = post(browser, "/login", Map.of("username", user, "password", Api.PASSWORD),
                csrf(form.raw()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    private static Response html(Api browser, String path) {
        return browser.send(browser.request(null, path).setHeader("Accept", "text/html").setHeader("Accept-Language", "en").GET());
    }

    private static String token(Api browser, String page) {
        return csrf(html(browser, page).raw());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }

    private static Response post(Api browser, String path, Map<String, String> fields, String csrf) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(browser.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
