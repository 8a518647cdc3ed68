package jp.mebuki.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.mebuki.web.support.Api.Response;

/**
 * The server-rendered pages over HTTP as a browser uses them: a session signed in through the login
 * form, pages in English, forms posted with the page's CSRF token (URL-encoded or multipart).
 */
public final class Pages {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final Api browser;

    private Pages(Api browser) {
        this.browser = browser;
    }

    /** A cookie-keeping session of the demo user, signed in at {@code /login}. */
    public static Pages signedIn(Api api, String user) {
        Pages pages = new Pages(api.session());
        String token = pages.csrfOf("/login");
        Response login = pages.post("/login", Map.of("username", user, "password", Api.PASSWORD), token);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return pages;
    }

    public Response get(String path) {
        return browser.send(browser.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").GET());
    }

    /** The CSRF token of the form on the page. */
    public String csrfOf(String path) {
        Matcher matcher = CSRF_FIELD.matcher(get(path).raw());
        assertThat(matcher.find()).as("a CSRF field on " + path).isTrue();
        return matcher.group(1);
    }

    /** Posts URL-encoded fields, with the token as {@code _csrf} unless it is null. */
    public Response post(String path, Map<String, String> fields, String csrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(browser.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file, with the token as {@code _csrf} unless it is null. */
    public Response upload(String path, Map<String, String> fields, String fileField, String fileName, byte[] content,
            String csrf) {
        String boundary = "mebuki-pages-boundary";
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(browser.request(null, path).setHeader("Accept", "text/html")
                .setHeader("Accept-Language", "en").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
