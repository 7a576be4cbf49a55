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
package io.github.camelpipedrive.leads.examples.webhookfeed;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.webhook.LeadEventSource;
import org.apache.camel.main.Main;

/**
 * The webhook-feed example: Camel Main with its HTTP server (platform-http) subscribes to Pipedrive's lead webhooks
 * and backfills by a slow poll. It starts the embedded sandbox, drops a share of the sandbox's webhook deliveries
 * (as a flaky network would), creates leads, waits until every one reached the route, prints where each came from and
 * exits.
 * <p>
 * Arguments: {@code --leads N} (default 10), {@code --drop SHARE} (default 0.3): the share of deliveries the sandbox
 * drops, {@code --follow} keeps running until Ctrl+C.
 */
public final class WebhookFeedApp {

    private WebhookFeedApp() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Summary summary = run(options, System.out);
        if (!summary.complete()) {
            System.err.println("Not every created lead was delivered within " + options.timeout().toSeconds() + " s");
            System.exit(1);
        }
    }

    /** The command-line options. */
    public record Options(int leads, double drop, boolean follow, Duration timeout) {

        static Options parse(String[] args) {
            int leads = 10;
            double drop = 0.3;
            boolean follow = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--leads" -> leads = Integer.parseInt(args[++i]);
                    case "--drop" -> drop = Double.parseDouble(args[++i]);
                    case "--follow" -> follow = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                                                                  + " (usage: run.sh [--leads N] [--drop SHARE] [--follow])");
                }
            }
            return new Options(leads, drop, follow, Duration.ofSeconds(60));
        }
    }

    /** What one run did. */
    public record Summary(int created, int delivered, long byPush, long byBackfill, boolean eachOnce) {
        boolean complete() {
            return delivered == created && eachOnce;
        }
    }

    public static Summary run(Options options, PrintStream out) throws Exception {
        PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(0).webhookRetryTimeScale(0.001).build();
        String baseUrl = sandbox.start();
        sandbox.webhookFaults().seed(7).dropShare(options.drop());
        int port = freePort();
        WebhookFeedStats stats = new WebhookFeedStats();
        Main main = new Main();
        main.bind("webhookFeedStats", stats);
        main.configure().addRoutesBuilder(new WebhookFeedRoutes());
        main.addOverrideProperty("camel.component.pipedrive-leads.base-url", baseUrl);
        main.addOverrideProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
        main.addOverrideProperty("camel.component.pipedrive-leads.allow-insecure-http", "true");
        main.addOverrideProperty("camel.server.port", Integer.toString(port));
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("webhookfeed.public-url", "http://127.0.0.1:" + port);
        // the sandbox is new each run: so is the state
        main.addOverrideProperty("webhookfeed.state-file",
                Files.createTempDirectory("webhook-feed").resolve("state.json").toString());
        out.println("Using the embedded Pipedrive sandbox at " + baseUrl + "; webhooks to http://127.0.0.1:" + port
                    + "/pipedrive/leads, " + Math.round(options.drop() * 100) + " % of deliveries dropped");
        out.flush();
        try {
            main.start();
            List<String> created = new ArrayList<>();
            for (int i = 1; i <= options.leads(); i++) {
                created.add(sandbox.createLead("Webhook-feed demo " + i, 1, null));
            }
            stats.awaitAll(created, options.timeout()); // the summary below says what did not arrive
            List<String> delivered = stats.leadIds();
            Summary summary = new Summary(created.size(), delivered.size(), stats.bySource(LeadEventSource.PUSH),
                    stats.bySource(LeadEventSource.BACKFILL), delivered.stream().distinct().count() == delivered.size());
            out.println("Summary: created " + summary.created() + " leads, delivered " + summary.delivered() + " ("
                        + summary.byPush() + " by push, " + summary.byBackfill() + " by backfill"
                        + (summary.eachOnce() ? ", each once)" : ", SOME TWICE)"));
            java.util.Map<String, Long> outcomes = new java.util.TreeMap<>();
            sandbox.webhookDeliveries().forEach(d -> outcomes.merge(d.outcome().name().toLowerCase(java.util.Locale.ROOT)
                                                                     + (d.httpStatus().map(h -> " " + h).orElse("")),
                    1L, Long::sum));
            out.println("The sandbox's delivery attempts: " + outcomes);
            out.flush();
            if (options.follow()) {
                out.println("Following; Ctrl+C to stop");
                Thread.currentThread().join();
            }
            return summary;
        } finally {
            main.stop();
            sandbox.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
