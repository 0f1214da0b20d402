package com.complianceportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client of the portal with a cookie jar of its own, that follows no redirect, for checks below the
 * browser: headers, cookies, forms. It can connect from another loopback address (127.0.0.2 plays the reverse proxy).
 */
public final class PortalHttp {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    public PortalHttp(int port) {
        this(port, "127.0.0.1");
    }

    public PortalHttp(int port, String fromAddress) {
        this.baseUrl = "http://127.0.0.1:" + port;
        try {
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .localAddress(InetAddress.getByName(fromAddress)).followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token that the login page gives its form (in a meta tag, where the login form reads it). */
    public String csrfToken() {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("The login page has no CSRF token");
        }
        return token.group(1);
    }

    /** Signs in through the login form, with its CSRF token; returns the answer to the form. */
    public HttpResponse<String> signIn(String username, String password, String... headers) {
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrfToken()), headers);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
