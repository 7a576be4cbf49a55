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
package io.github.camelpipedrive.leads.examples.docs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.camelpipedrive.leads.sandbox.ConversionOutcome;
import io.github.camelpipedrive.leads.sandbox.Fault;
import io.github.camelpipedrive.leads.sandbox.PaginationShape;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.RateLimitPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of docs/sandbox.md, verbatim (the JUnit classes are {@link MyRouteTest} and {@link OtherTest}). Import
 * lines of a sample are checked one by one by {@link DocSnippetsCoverageTest}.
 */
class SandboxGuideSnippetsTest {

    @Test
    void builder() {
        try (PipedriveSandbox sb = PipedriveSandbox.builder()
                .port(0)                                // 0 = a free port (default)
                .apiToken("sandbox-token")              // default "sandbox-token"
                .seedLeads(25)                          // default 0
                .clock(java.time.Clock.systemUTC())     // default; pass a controllable clock in tests
                .rateLimitPlan(RateLimitPlan.LITE)      // default NONE: headers only, never a burst 429
                .dailyTokenBudget(30_000)               // default -1 = unlimited
                .paginationShape(PaginationShape.FLAT)  // default FLAT; NESTED = additional_data.pagination
                .build()) {
            String baseUrl = sb.start();                // e.g. "http://127.0.0.1:41234"; also sb.baseUrl(), sb.port()
            // GET baseUrl + "/api/v1/leads" with header "x-api-token: sandbox-token"
        }                                               // close() stops the server
    }

    /** Compiled, not run: the sample lists the calls (a converted lead is gone, so it cannot be deleted after). */
    @SuppressWarnings("unused")
    static void mutationAndRequestLogSample(PipedriveSandbox sb) {
        {
            String id = sb.createLead("Title", 12, null);   // personId, organizationId (one may be null)
            sb.updateLeadTitle(id, "New title");            // also moves update_time to the clock's now
            sb.archiveLead(id);
            sb.unarchiveLead(id);
            sb.convertLead(id);                             // completes at once; the lead disappears
            sb.deleteLead(id);
            int n = sb.activeLeadCount();                   // also archivedLeadCount()
            List<String> ids = sb.activeLeadIds();          // default order
            Optional<String> json = sb.leadJson(id);        // as the API would serialize it
            boolean exists = sb.dealExists(11);
            sb.failNextConversion(ConversionOutcome.FAILED); // or REJECTED; next job only

            int all = sb.requestCount();
            int lists = sb.requestCount("GET", "/api/v1/leads");  // regex must match the whole path, query excluded
            List<String> log = sb.requestLog();             // e.g. "GET /api/v1/leads?limit=500&start=0", never a token
            sb.resetRequestLog();
        }
    }

    @Test
    void faults() {
        try (PipedriveSandbox sb = PipedriveSandbox.builder().build()) {
            sb.faults().failNext("getLeads", 2, Fault.status(503));            // operation id ...
            sb.faults().failNext(".+/leads/archived", Fault.status(500));       // ... or regex on the whole path
            sb.faults().failNext("getLeads", Fault.status(403).htmlBlock());    // Cloudflare HTML, text/html
            sb.faults().failNext("addLead", Fault.latency(Duration.ofSeconds(5)));   // delay, then serve normally
            sb.faults().failNext("addLead", Fault.dropConnection());            // close the socket, no response
            sb.faults().failNext("getLeads", Fault.malformedJson());            // 200 application/json, not JSON
            sb.faults().failNext("getLeads", Fault.truncatedBody());            // full Content-Length, half the body
            sb.faults().failNext("getLeads", Fault.tooManyRequests(7));         // burst 429, x-ratelimit-reset: 7
            sb.faults().failNext("getLeads", Fault.dailyBudgetSpent());         // 429, x-daily-ratelimit-token-remaining: 0
            sb.faults().failFraction(0.2, 42L, Fault.status(500));              // seeded 20 % of all requests
            sb.faults().clear();
            int injected = sb.faults().injectedCount();
            assertThat(injected).isZero();
        }
    }
}
