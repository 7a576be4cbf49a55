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
package io.github.camelpipedrive.leads.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A real HTTP server for webhook routes in tests: platform-http on Vert.x, bound to a free port of the loopback
 * interface, plus a client that posts deliveries to it.
 */
final class WebhookServerSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebhookServerSupport() {
    }

    /** Adds the HTTP server to the context and returns its port. */
    static int addHttpServer(CamelContext context) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf));
        return port;
    }

    /** Points the context's pipedrive-leads component at a started sandbox, with its api token. */
    static void useSandbox(CamelContext context, io.github.camelpipedrive.leads.sandbox.PipedriveSandbox sandbox,
                           String baseUrl) {
        io.github.camelpipedrive.leads.PipedriveLeadsComponent component = context.getComponent("pipedrive-leads",
                io.github.camelpipedrive.leads.PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAllowInsecureHttp(true);
        component.getConfiguration().setApiToken(sandbox.apiToken());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a body with an optional Authorization header; returns the status. */
    static int post(String url, String authorization, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int post(String url, String authorization, String body) throws Exception {
        return post(url, authorization, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A Webhooks v2 change delivery of one lead, shaped like Pipedrive's (section 7 of the API facts). */
    static String changePayload(String leadId, String eventId, int attempt) {
        return "{\"meta\":{\"action\":\"change\",\"entity\":\"lead\",\"entity_id\":\"" + leadId + "\",\"version\":\"2.0\","
               + "\"company_id\":\"12345678\",\"user_id\":\"12345678\",\"id\":\"" + eventId + "\","
               + "\"correlation_id\":\"c0ffee00-0000-4000-8000-000000000001\","
               + "\"timestamp\":\"2025-06-19T16:07:36.754Z\",\"type\":\"application\",\"is_bulk_edit\":false,"
               + "\"webhook_id\":\"12345678\",\"webhook_owner_id\":\"12345678\",\"change_source\":\"app\","
               + "\"permitted_user_ids\":[\"12345678\"],\"attempt\":" + attempt + ",\"host\":\"pd.pipedrive.com\"},"
               + "\"data\":{\"id\":\"" + leadId + "\",\"title\":\"Lead Title\",\"owner_id\":12345678,"
               + "\"creator_id\":12345678,\"person_id\":12,\"organization_id\":null,\"label_ids\":[],"
               + "\"value\":{\"amount\":123,\"currency\":\"BRL\"},\"expected_close_date\":null,"
               + "\"next_activity_id\":null,\"is_archived\":false,\"was_seen\":true,"
               + "\"source_name\":\"Manually created\",\"origin\":\"ManuallyCreated\",\"origin_id\":null,"
               + "\"channel\":null,\"channel_id\":null,\"custom_fields\":{},"
               + "\"add_time\":\"2025-06-19T16:07:08.597Z\",\"update_time\":\"2025-06-19T16:07:36.753Z\"},"
               + "\"previous\":{\"update_time\":\"2025-06-19T16:07:30.029Z\",\"value\":null}}";
    }
}
