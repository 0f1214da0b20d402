package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;

/**
 * The benchmark's search as a plain HTTP call, the yardstick of the portal's: the user's key in Rise's header, the
 * body the portal sends, the answer read as text and nothing more. Either with the JDK's own client, or with Apache
 * HttpClient 5 pooled as the portal's (same connection limit per vendor, no retries of its own), so that the
 * difference to the portal is the portal's own work.
 */
final class BenchDirect implements AutoCloseable {

    private final String uri;
    private final HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CloseableHttpClient apache;

    BenchDirect(String baseUrl, UpstreamProperties settings) {
        uri = baseUrl + RiseApi.SEARCH;
        apache = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX).setMaxConnPerRoute(settings.maxConnections())
                .build()).disableAutomaticRetries().disableCookieManagement().build();
    }

    void jdk(String key, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = jdk.send(HttpRequest.newBuilder(URI.create(uri))
                .header(Upstream.RISE.header(), key).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(text))).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response.statusCode(), response.body());
    }

    void apache(String key, String text) throws IOException {
        var post = new HttpPost(uri);
        post.setHeader(Upstream.RISE.header(), key);
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(body(text), ContentType.APPLICATION_JSON));
        apache.execute(post, response -> {
            check(response.getCode(), EntityUtils.toString(response.getEntity()));
            return null;
        });
    }

    @Override
    public void close() throws IOException {
        apache.close();
        jdk.close();
    }

    private static String body(String text) {
        return "{\"search\":\"bench " + text + "\",\"order\":\"updated_date:desc\",\"limit\":" + BenchRise.ROWS
                + ",\"offset\":0}";
    }

    private static void check(int status, String body) {
        if (status != 200 || body.isEmpty()) {
            throw new IllegalStateException("HTTP " + status);
        }
    }
}
