package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** One person's browser against the app on this port, over plain HTTP: its own cookies, no redirects followed. */
final class BrowserOverHttp {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    BrowserOverHttp(int port) {
        this.port = port;
    }

    /** Posts the login form as the page would; returns where the app sends the browser next. */
    String signIn(String username, String password) throws Exception {
        var page = get("/login");
        var token = CSRF.matcher(page.body());
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token.find() ? "&_csrf=" + encode(token.group(1)) : "");
        var response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the login form's answer").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
