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
package io.github.camelpipedrive.leads;

import java.util.List;
import java.util.Map;

import io.github.camelpipedrive.leads.client.UsageStatistics;
import io.github.camelpipedrive.leads.consumer.PipedriveLeadsConsumer;
import io.github.camelpipedrive.leads.sandbox.Fault;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code pipedrive-leads} dev console, found the way Camel finds consoles (the dev-console service file), shows
 * the usage, the rate-limit state and each consumer's cursor in text and JSON, and never a credential, even when every
 * credential option is in a consumer's URI.
 */
class PipedriveLeadsDevConsoleTest {

    private static final String API_TOKEN = "API-TOKEN-SECRET-1111";
    private static final String ACCESS_TOKEN = "ACCESS-TOKEN-SECRET-2222";
    private static final String CLIENT_SECRET = "CLIENT-SECRET-3333";
    private static final String REFRESH_TOKEN = "REFRESH-TOKEN-SECRET-4444";
    private static final String PROXY_PASSWORD = "PROXY-PASSWORD-SECRET-5555";
    private static final List<String> SECRETS = List.of(API_TOKEN, ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN,
            PROXY_PASSWORD);

    private PipedriveSandbox sandbox;
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        sandbox = PipedriveSandbox.builder().apiToken(API_TOKEN).dailyTokenBudget(1_000_000).build();
        sandbox.start();
        context = new DefaultCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken(API_TOKEN);
        component.getConfiguration().setProxyAuthPassword(PROXY_PASSWORD);
        // every credential in the URI (apiToken wins, so the feed works); RAW keeps the values verbatim
        String uri = "pipedrive-leads:getLeads?startScheduler=false&startFrom=beginning&apiToken=RAW(" + API_TOKEN
                     + ")&accessToken=RAW(" + ACCESS_TOKEN + ")&clientId=app&clientSecret=RAW(" + CLIENT_SECRET
                     + ")&refreshToken=RAW(" + REFRESH_TOKEN + ")";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("feed").to("log:feed?level=OFF");
                from("pipedrive-leads:getLeads?startScheduler=false&feed=updated").routeId("updates")
                        .to("log:updates?level=OFF");
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        sandbox.close();
    }

    private DevConsole console() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("pipedrive-leads");
        assertThat(console).as("found through META-INF/services/org/apache/camel/dev-console/pipedrive-leads")
                .isInstanceOf(PipedriveLeadsDevConsole.class);
        return console;
    }

    @Test
    void showsUsageRateLimitsAndEachConsumersCursorAsTextAndJson() {
        String first = sandbox.createLead("Lead 1", 1, null);
        String second = sandbox.createLead("Lead 2", 1, null);
        PipedriveLeadsConsumer feed = (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
        feed.run();
        UsageStatistics usage = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                .getUsageStatistics();
        // the leads may share a millisecond: then both are at the boundary
        assertThat(feed.getCursor().boundaryIds()).contains(second);
        String watermark = feed.getCursor().watermark().toString();

        DevConsole console = console();
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());

        assertThat(text).contains("Component: pipedrive-leads")
                .contains("Tokens spent: " + usage.getTokensUsed())
                .contains("Daily tokens remaining: " + usage.getLastDailyTokensRemaining())
                .contains("Rate limit: " + usage.getLastRateLimitRemaining() + " of " + usage.getLastRateLimitLimit())
                .contains("Consumer: feed").contains("watermark " + watermark).contains(second)
                .contains("Consumer: updates").contains("Cursor: at the beginning")
                .contains("Last successful poll:").contains("delivered 2");
        assertThat(usage.getTokensUsed()).isPositive();
        assertThat(usage.getLastDailyTokensRemaining()).isEqualTo(1_000_000L - usage.getTokensUsed());

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        JsonObject root = (JsonObject) json;
        JsonObject component = (JsonObject) root.getCollection("components").iterator().next();
        assertThat(component.getString("name")).isEqualTo("pipedrive-leads");
        assertThat(map(component, "usage")).containsEntry("tokensUsed", usage.getTokensUsed())
                .containsEntry("dailyBudgetSpent", false);
        assertThat(map(component, "rateLimit")).containsEntry("remaining", usage.getLastRateLimitRemaining());
        List<JsonObject> consumers = root.getCollection("consumers").stream().map(JsonObject.class::cast).toList();
        assertThat(consumers).extracting(c -> c.getString("routeId")).containsExactly("feed", "updates");
        JsonObject feedJson = consumers.get(0);
        assertThat(feedJson.getString("stateKey")).isEqualTo("pipedrive-leads/new");
        assertThat(map(feedJson, "cursor")).containsEntry("watermark", watermark).containsEntry("loaded", true);
        assertThat(map(feedJson, "cursor").get("boundaryIds")).asList()
                .containsExactlyElementsOf(feed.getCursor().boundaryIds());
        assertThat(map(feedJson, "polls")).containsEntry("count", 1L).containsEntry("lastDelivered", 2);
        // loaded when the consumer started, before any poll (startFrom=now on an account with no leads then)
        assertThat(map(consumers.get(1), "cursor")).containsEntry("loaded", true).containsEntry("watermark", null);
        assertThat(first).isNotEqualTo(second);
        // the JSON is what Camel's console endpoints serialise
        assertThat(root.toJson()).contains("\"tokensUsed\":" + usage.getTokensUsed());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonObject object, String key) {
        return (Map<String, Object>) object.get(key);
    }

    @Test
    void neverShowsACredentialInTextOrJson() {
        sandbox.createLead("Lead 1", 1, null);
        ((PipedriveLeadsConsumer) context.getRoute("feed").getConsumer()).run();
        // and a failed poll, whose reason the console shows
        sandbox.faults().failNext(".*/leads.*", 1, Fault.status(401));
        ((PipedriveLeadsConsumer) context.getRoute("updates").getConsumer()).run();

        DevConsole console = console();
        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        String json = ((JsonObject) console.call(DevConsole.MediaType.JSON, Map.of())).toJson();

        assertThat(text).contains("Consumer: feed").contains("clientSecret=").contains("Last poll failed:")
                .contains("401");
        for (String secret : SECRETS) {
            assertThat(text).as("text output").doesNotContain(secret);
            assertThat(json).as("JSON output").doesNotContain(secret);
        }
    }
}
