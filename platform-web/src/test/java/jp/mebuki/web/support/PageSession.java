package jp.mebuki.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.mebuki.web.support.Api.Response;

/**
 * A signed-in browser session over plain HTTP (the form login's cookie, the forms' CSRF field), for
 * tests of the pages' protections and of downloads.
 */
public final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Api session;

    private PageSession(Api session) {
        this.session = session;
    }

    public static PageSession signIn(int port, String user) {
        PageSession browser = new PageSession(new Api(port).session());
        Response login = browser.post("/login", Map.of("username", user, "password", Api.PASSWORD),
                csrf(browser.get("/login").raw()));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    public Response get(String path) {
        return session.send(session.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").GET());
    }

    /** The CSRF token of a form on the page. */
    public String token(String page) {
        return csrf(get(page).raw());
    }

    /** Posts a form; without a token ({@code csrf == null}) as a forged cross-site form would. */
    public Response post(String path, Map<String, String> fields, String csrf) {
        Map<String, String> all = new HashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return session.send(session.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
