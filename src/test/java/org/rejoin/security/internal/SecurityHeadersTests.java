package org.rejoin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every response carries, read from the running app over HTTP (the login page and a refused page). */
@org.rejoin.RejoinTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesAContentSecurityPolicyVaadinCanLiveWithAndAPermissionsPolicy() throws Exception {
        for (String path : new String[] {"/login", "/cases"}) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'");
            assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow())
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
