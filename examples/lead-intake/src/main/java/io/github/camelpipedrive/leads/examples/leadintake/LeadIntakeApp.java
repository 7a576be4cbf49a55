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
package io.github.camelpipedrive.leads.examples.leadintake;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.main.Main;

/**
 * The lead-intake example: a platform-http route takes the website's enquiry form ({@code POST /enquiries}) and turns
 * each submission into a lead with its person, organization and a pinned note ({@link LeadIntakeRoutes}).
 * <p>
 * Without {@code PIPEDRIVE_API_TOKEN} and {@code PIPEDRIVE_COMPANY_DOMAIN} it starts the embedded sandbox. By default
 * it posts three demo forms to itself (two from the same visitor: one person, two leads), prints what Pipedrive now
 * holds and exits; with {@code --serve} it keeps serving until Ctrl+C, for example for
 * {@code curl -d name=Jane -d email=jane@acme.test -d company=Acme -d message=Hello localhost:8080/enquiries}.
 * {@code --port N} changes the port (default 8080).
 */
public final class LeadIntakeApp {

    private LeadIntakeApp() {
    }

    public static void main(String[] args) throws Exception {
        boolean serve = false;
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--serve" -> serve = true;
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                                                              + " (usage: run.sh [--serve] [--port N])");
            }
        }
        try (Running running = start(port, System.getenv(), System.out)) {
            if (serve) {
                System.out.println("POST forms to " + running.formUrl() + " (Ctrl+C to stop)");
                Thread.currentThread().join();
            }
            for (Map<String, String> form : demoForms()) {
                HttpResponse<String> answer = running.post(form);
                System.out.println("POST /enquiries " + form.get("email") + " -> " + answer.statusCode() + " "
                                   + answer.body());
            }
            if (running.sandbox() != null) {
                PipedriveSandbox sandbox = running.sandbox();
                System.out.println("Sandbox now holds " + sandbox.activeLeadCount() + " leads, " + sandbox.personCount()
                                   + " persons, " + sandbox.organizationCount() + " organizations, "
                                   + sandbox.noteCount() + " notes");
            }
        }
    }

    /** The three demo submissions: two from the same visitor (one person, two leads). */
    static List<Map<String, String>> demoForms() {
        return List.of(
                form("Jane Doe", "jane@acme.test", "+49 30 1234567", "Acme GmbH", "Main St 1, Berlin",
                        "We need 40 seats, can you call me?"),
                form("John Roe", "john@globex.test", "", "Globex", "", "Pricing for 5 users?"),
                form("Jane Doe", "JANE@acme.test", "", "Acme GmbH", "", "Following up on my first message"));
    }

    static Map<String, String> form(String name, String email, String phone, String company, String address,
            String message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", phone);
        form.put("company", company);
        form.put("address", address);
        form.put("message", message);
        return form;
    }

    /** A started example: its Camel Main, its sandbox (or null) and its form URL. */
    public record Running(Main main, PipedriveSandbox sandbox, String formUrl) implements AutoCloseable {

        /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
        public HttpResponse<String> post(Map<String, String> form) throws Exception {
            StringJoiner body = new StringJoiner("&");
            form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                                            + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(formUrl)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            main.stop();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /**
     * Starts the route on {@code port}, against the sandbox unless the environment names a real Pipedrive company.
     */
    public static Running start(int port, Map<String, String> env, PrintStream out) throws Exception {
        String token = blankToNull(env.get("PIPEDRIVE_API_TOKEN"));
        String domain = blankToNull(env.get("PIPEDRIVE_COMPANY_DOMAIN"));
        if ((token == null) != (domain == null)) {
            throw new IllegalArgumentException("Set both PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN to use a real"
                                               + " Pipedrive company, or neither to use the embedded sandbox");
        }
        Main main = new Main();
        main.configure().addRoutesBuilder(new LeadIntakeRoutes());
        main.addOverrideProperty("camel.server.port", Integer.toString(port));
        PipedriveSandbox sandbox = null;
        if (token == null) {
            sandbox = PipedriveSandbox.builder().seedPersons(0).seedOrganizations(0).seedLeads(0).build();
            String baseUrl = sandbox.start();
            main.addOverrideProperty("camel.component.pipedrive-leads.base-url", baseUrl);
            main.addOverrideProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
            out.println("Using the embedded Pipedrive sandbox at " + baseUrl
                        + " (set PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN to use your Pipedrive company)");
        } else {
            out.println("Using the real Pipedrive: https://" + domain + ".pipedrive.com");
        }
        main.start();
        return new Running(main, sandbox, "http://localhost:" + port + "/enquiries");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
