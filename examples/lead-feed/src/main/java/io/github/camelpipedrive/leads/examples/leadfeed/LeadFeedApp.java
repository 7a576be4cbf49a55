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
package io.github.camelpipedrive.leads.examples.leadfeed;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadLabelColor;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The lead-feed example: creates a few leads with labels through the producer, lets the polling consumer pick them up
 * (the route prints each one), prints a summary and exits.
 * <p>
 * Without {@code PIPEDRIVE_API_TOKEN} and {@code PIPEDRIVE_COMPANY_DOMAIN} it starts the embedded sandbox and points
 * the component at it; with both set it talks to {@code https://<domain>.pipedrive.com} and deletes its demo leads at
 * the end (unless {@code --keep}).
 * <p>
 * Arguments: {@code --follow} keeps following the feed until Ctrl+C, {@code --leads N} (default 5) how many leads to
 * create, {@code --keep} keeps the demo leads in a real Pipedrive company.
 */
public final class LeadFeedApp {

    static final List<String> LABELS = List.of("Hot", "Warm", "Cold");

    private LeadFeedApp() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Summary summary = run(options, System.getenv(), System.out);
        if (!summary.complete()) {
            System.err.println("Not every created lead was consumed within " + options.timeout.toSeconds() + " s");
            System.exit(1);
        }
    }

    /** The command-line options. */
    public record Options(boolean follow, int leads, boolean keep, Duration timeout) {

        static Options parse(String[] args) {
            boolean follow = false;
            boolean keep = false;
            int leads = 5;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--follow" -> follow = true;
                    case "--keep" -> keep = true;
                    case "--leads" -> leads = Integer.parseInt(args[++i]);
                    case "--help", "-h" -> {
                        System.out.println("usage: run.sh [--follow] [--leads N] [--keep]");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                                                                  + " (usage: run.sh [--follow] [--leads N] [--keep])");
                }
            }
            return new Options(follow, leads, keep, Duration.ofSeconds(60));
        }
    }

    /** What one run did. */
    public record Summary(String mode, int created, int consumed, long consumedOfCreated) {
        boolean complete() {
            return consumedOfCreated == created;
        }
    }

    /**
     * Runs the example.
     *
     * @param options the options
     * @param env     the environment (PIPEDRIVE_API_TOKEN, PIPEDRIVE_COMPANY_DOMAIN, PIPEDRIVE_ORGANIZATION_ID)
     * @param out     where the summary goes
     */
    public static Summary run(Options options, Map<String, String> env, PrintStream out) throws Exception {
        String token = blankToNull(env.get("PIPEDRIVE_API_TOKEN"));
        String domain = blankToNull(env.get("PIPEDRIVE_COMPANY_DOMAIN"));
        if ((token == null) != (domain == null)) {
            throw new IllegalArgumentException("Set both PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN to use a real"
                                               + " Pipedrive company, or neither to use the embedded sandbox");
        }
        boolean real = token != null;
        PipedriveSandbox sandbox = null;
        LeadFeedStats stats = new LeadFeedStats();
        Main main = new Main();
        main.bind("leadFeedStats", stats);
        main.configure().addRoutesBuilder(new LeadFeedRoutes());
        String mode;
        if (real) {
            // application.properties reads both from the environment
            mode = "Pipedrive company " + domain;
            out.println("Using the real Pipedrive: https://" + domain + ".pipedrive.com");
        } else {
            sandbox = PipedriveSandbox.builder().build();
            String baseUrl = sandbox.start();
            main.addOverrideProperty("camel.component.pipedrive-leads.base-url", baseUrl);
            main.addOverrideProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
            // the sandbox starts empty: a cursor saved by an earlier run belongs to another sandbox
            main.addOverrideProperty("leadfeed.state-file",
                    Files.createTempDirectory("lead-feed").resolve("pipedrive-leads-state.json").toString());
            mode = "sandbox";
            out.println("Using the embedded Pipedrive sandbox at " + baseUrl
                        + " (set PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN to use your Pipedrive company)");
        }
        out.flush();
        try {
            main.start();
            CamelContext context = main.getCamelContext();
            // startFrom=now is "the newest lead at the first poll": create leads only once that poll has happened
            stats.awaitFirstPoll(Duration.ofSeconds(30));
            ProducerTemplate template = context.createProducerTemplate();

            Map<String, String> labelIds = ensureLabels(template, stats);
            long organizationId = organizationId(template, env);
            for (int i = 1; i <= options.leads(); i++) {
                String label = LABELS.get((i - 1) % LABELS.size());
                AddLeadRequest request = new AddLeadRequest("Lead-feed demo " + i)
                        .organizationId(organizationId)
                        .labelIds(List.of(labelIds.get(label)))
                        .value(LeadValue.of(1000L * i, "EUR"));
                template.requestBody("direct:createLead", request);
            }

            stats.awaitConsumedOfCreated(options.leads(), options.timeout());
            Summary summary = new Summary(mode, stats.createdIds().size(), stats.consumedIds().size(),
                    stats.consumedOfCreated());
            out.println("Summary: created " + summary.created() + " leads, consumed " + summary.consumed()
                        + " leads (" + mode + ")");
            out.flush();
            if (options.follow()) {
                follow(out, sandbox);
            }
            if (real && !options.keep()) {
                for (String id : stats.createdIds()) {
                    template.requestBodyAndHeader("direct:deleteLead", null, PipedriveLeadsConstants.ID, id);
                }
                out.println("Deleted the " + summary.created() + " demo leads again (--keep keeps them)");
            }
            return summary;
        } finally {
            main.stop();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }


    /** The ids of the labels Hot, Warm and Cold, created when missing. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> ensureLabels(ProducerTemplate template, LeadFeedStats stats) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<LeadLabel> existing = template.requestBody("direct:leadLabels", null, List.class);
        for (LeadLabel label : existing) {
            stats.label(label.getId(), label.getName());
            if (LABELS.contains(label.getName())) {
                ids.putIfAbsent(label.getName(), label.getId());
            }
        }
        List<LeadLabelColor> colors = List.of(LeadLabelColor.RED, LeadLabelColor.YELLOW, LeadLabelColor.BLUE);
        for (int i = 0; i < LABELS.size(); i++) {
            String name = LABELS.get(i);
            if (!ids.containsKey(name)) {
                LeadLabel created = template.requestBody("direct:addLeadLabel",
                        new AddLeadLabelRequest(name, colors.get(i)), LeadLabel.class);
                stats.label(created.getId(), created.getName());
                ids.put(name, created.getId());
            }
        }
        return ids;
    }

    /** A lead needs a person or an organization: PIPEDRIVE_ORGANIZATION_ID, else the one of an existing lead. */
    @SuppressWarnings("unchecked")
    private static long organizationId(ProducerTemplate template, Map<String, String> env) {
        String configured = blankToNull(env.get("PIPEDRIVE_ORGANIZATION_ID"));
        if (configured != null) {
            return Long.parseLong(configured);
        }
        List<Lead> leads = template.requestBody("direct:firstLead", null, List.class);
        if (!leads.isEmpty() && leads.get(0).getOrganizationId() != null) {
            return leads.get(0).getOrganizationId();
        }
        return 1L; // the sandbox has organizations 1..50
    }

    private static void follow(PrintStream out, PipedriveSandbox sandbox) throws InterruptedException {
        if (sandbox != null) {
            out.println("Following new leads (Ctrl+C to stop). Create one with:");
            out.println("  curl -s -X POST -H 'x-api-token: " + sandbox.apiToken()
                        + "' -H 'Content-Type: application/json' -d '{\"title\":\"Mine\",\"organization_id\":1}' "
                        + sandbox.baseUrl() + "/api/v1/leads");
        } else {
            out.println("Following new leads (Ctrl+C to stop)");
        }
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
