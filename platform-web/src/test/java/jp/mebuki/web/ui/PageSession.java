package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.mebuki.web.support.Api;
import jp.mebuki.web.support.Api.Response;

/**
 * A signed-in browser session over plain HTTP (session cookie, form posts with or without the page's
 * CSRF token, a chosen Accept-Language), for page tests that need no rendering.
 */
final class PageSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Api session;
    private final String language;

    private PageSession(Api session, String language) {
        this.session = session;
        this.language = language;
    }

    static PageSession signIn(int port, String user, String language) {
        PageSession browser = new PageSession(new Api(port).session(), language);
        Response login = browser.post("/login", Map.of("username", user, "password", Api.PASSWORD),
                browser.tokenOn("/login"));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return browser;
    }

    Response get(String path) {
        return session.send(session.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", language).GET());
    }

    /** The CSRF token of a form on the page (the session's token). */
    String tokenOn(String page) {
        Matcher matcher = CSRF_FIELD.matcher(get(page).raw());
        assertThat(matcher.find()).as("a CSRF field on %s", page).isTrue();
        return matcher.group(1);
    }

    /** A form post; {@code csrf == null} leaves the token out. */
    Response post(String path, Map<String, String> fields, String csrf) {
        Map<String, String> all = new HashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return session.send(session.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", language).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
