/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpipedrive.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.Json;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The baseline: what a Java user writes by hand with Apache HttpClient 5 and Jackson. Same pool (200 total, 20 per
 * route), same timeouts, default keep-alive, same Jackson configuration, same typed result ({@link Lead}); it reads
 * the rate-limit headers too, since a careful hand-written client must. It does not validate input, map errors to
 * typed exceptions, retry 429s or copy anything into a Camel message: that is the component's overhead measured.
 */
final class RawLeadsClient implements Closeable {

    /** {"success":..., "data": Lead}: only data is bound, the rest is skipped by Jackson. */
    static final class Envelope {
        public boolean success;
        public Lead data;
    }

    private final CloseableHttpClient client;
    private final ObjectMapper mapper = Json.newMapper();
    private final JavaType envelope = mapper.constructType(Envelope.class);
    private final String leadsUrl;
    private final String token;

    RawLeadsClient(String baseUrl, String token) {
        this.leadsUrl = baseUrl + "/api/v1/leads";
        this.token = token;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200)
                        .setMaxConnPerRoute(20)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(30))
                                .setSocketTimeout(Timeout.ofSeconds(60))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(30))
                        .setResponseTimeout(Timeout.ofSeconds(60))
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    Lead getLead(String id) throws IOException {
        HttpGet get = new HttpGet(leadsUrl + "/" + id);
        get.addHeader("Accept", "application/json");
        get.addHeader("x-api-token", token);
        return client.execute(get, response -> read(response, 200));
    }

    Lead addLead(Object body) throws IOException {
        HttpPost post = new HttpPost(leadsUrl);
        post.addHeader("Accept", "application/json");
        post.addHeader("x-api-token", token);
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(body), ContentType.APPLICATION_JSON));
        return client.execute(post, response -> read(response, 201));
    }

    private Lead read(ClassicHttpResponse response, int expected) throws IOException {
        if (response.getCode() != expected) {
            byte[] text = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            throw new IOException("HTTP " + response.getCode() + ": " + new String(text,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        int remaining = intHeader(response, "x-ratelimit-remaining");
        if (remaining == 0) {
            throw new IOException("rate limited");
        }
        try (InputStream in = response.getEntity().getContent()) {
            Envelope env = mapper.readValue(in, envelope);
            return env.data;
        }
    }

    private static int intHeader(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? -1 : Integer.parseInt(h.getValue().trim());
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
