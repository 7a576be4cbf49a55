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
package io.github.camelpipedrive.leads.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.Note;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.PersonRequest;
import io.github.camelpipedrive.leads.sandbox.Fault;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.RateLimitPlan;
import io.github.camelpipedrive.leads.sandbox.SandboxPerson;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead intake against the sandbox's v2 persons/organizations and v1 notes: a web form's whole flow (lead with
 * person, organization and a note), the token cost of each kind of intake, and many intakes of few contacts at once,
 * with failures that make the caller retry: exactly one person per e-mail address, one lead per intake. Each test has
 * its own sandbox so that counts are exact.
 */
class LeadIntakeSandboxTest extends CamelTestSupport {

    private static final int INTAKES = 200;
    private static final int EMAILS = 50;
    private static final int COMPANIES = 10;
    private static final int THREADS = 8;
    private static final int MAX_ATTEMPTS = 16;

    private PipedriveSandbox sandbox;

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void startSandbox(PipedriveSandbox.Builder builder) {
        sandbox = builder.rateLimitPlan(RateLimitPlan.NONE).seedLeads(0).seedPersons(0).seedOrganizations(0).build();
        sandbox.start();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken(sandbox.apiToken());
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request("pipedrive-leads:" + uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private Exchange call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = send(uri, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError(uri + " failed", exchange.getException());
        }
        return exchange;
    }

    private static AddLeadRequest intake(int contact) {
        return new AddLeadRequest("Enquiry from contact " + contact)
                .person(new PersonRequest("Contact " + contact).email("contact" + contact + "@example.test")
                        .phone("+1 555 01" + String.format("%02d", contact)))
                .organization(new OrganizationRequest("Company " + contact % COMPANIES).address("Main St " + contact));
    }

    @Test
    void webFormBecomesALeadWithPersonOrganizationAndAPinnedNote() {
        startSandbox(PipedriveSandbox.builder());

        Exchange created = call("addLead", intake(1), Map.of());
        Lead lead = created.getMessage().getBody(Lead.class);
        long personId = created.getMessage().getHeader(PipedriveLeadsConstants.CREATED_PERSON_ID, Long.class);
        long organizationId = created.getMessage().getHeader(PipedriveLeadsConstants.CREATED_ORGANIZATION_ID,
                Long.class);
        call("addLeadNote?pinnedToLead=true", Map.of("content", "Wants a demo"),
                Map.of(PipedriveLeadsConstants.ID, lead.getId()));
        call("addLeadNote", Map.of("content", "Second note"), Map.of(PipedriveLeadsConstants.ID, lead.getId()));

        assertThat(lead.getPersonId()).isEqualTo(personId);
        assertThat(lead.getOrganizationId()).isEqualTo(organizationId);
        assertThat(sandbox.persons()).singleElement().satisfies(p -> {
            assertThat(p.emails()).containsExactly("contact1@example.test");
            assertThat(p.orgId()).isEqualTo((int) organizationId);
        });
        assertThat(sandbox.organizations()).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("Company 1"));
        assertThat(sandbox.notes()).hasSize(2).allSatisfy(n -> assertThat(n.leadId()).isEqualTo(lead.getId()));
        assertThat(sandbox.notes().stream().filter(n -> n.pinnedToLead())).hasSize(1);

        Exchange notes = call("getLeadNotes?allPages=true&limit=1", null, Map.of(PipedriveLeadsConstants.ID,
                lead.getId()));
        List<String> contents = new ArrayList<>();
        for (Iterator<?> it = (Iterator<?>) notes.getMessage().getBody(); it.hasNext();) {
            contents.add(((Note) it.next()).getContent());
        }
        assertThat(contents).containsExactlyInAnyOrder("Wants a demo", "Second note");

        // the same form again: everything is found (from the index or from the recent creations), one more lead
        Exchange again = call("addLead", intake(1), Map.of());
        assertThat(again.getMessage().getHeader(PipedriveLeadsConstants.FOUND_PERSON_ID)).isEqualTo(personId);
        assertThat(again.getMessage().getHeader(PipedriveLeadsConstants.FOUND_ORGANIZATION_ID))
                .isEqualTo(organizationId);
        assertThat(sandbox.persons()).hasSize(1);
        assertThat(sandbox.activeLeadCount()).isEqualTo(2);
    }

    /** The token cost of an intake, in numbers, as docs/lead-intake.md states them. */
    @Test
    void tokenCostPerIntake() {
        startSandbox(PipedriveSandbox.builder());
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.setIntakeCacheSize(0); // every intake searches, as it would in another JVM

        long before = sandbox.tokensCharged();
        call("addLead", intake(1), Map.of());
        long allCreated = sandbox.tokensCharged() - before;

        before = sandbox.tokensCharged();
        call("addLead", intake(1), Map.of());
        long allFound = sandbox.tokensCharged() - before;

        before = sandbox.tokensCharged();
        call("addLead?personMatchFields=email", intake(1 + COMPANIES), Map.of());
        long newPersonEmailOnlyKnownOrganization = sandbox.tokensCharged() - before;

        long personId = sandbox.persons().get(0).id();
        long organizationId = sandbox.organizations().get(0).id();
        before = sandbox.tokensCharged();
        call("addLead", Map.of("title", "Known", "person_id", personId, "organization_id", organizationId), Map.of());
        long idsGiven = sandbox.tokensCharged() - before;

        // organization search 20 + create 5, person search by email 20 + by phone 20 + create 5, lead 10
        assertThat(allCreated).isEqualTo(80);
        // organization search 20, person search by email 20, lead 10
        assertThat(allFound).isEqualTo(50);
        // organization found 20, person search by email 20 + create 5, lead 10
        assertThat(newPersonEmailOnlyKnownOrganization).isEqualTo(55);
        // no search at all
        assertThat(idsGiven).isEqualTo(10);
    }

    @Test
    void concurrentRetriedIntakesCreateOnePersonPerEmail() throws Exception {
        startSandbox(PipedriveSandbox.builder());
        // processed by the sandbox, but the answer is cut: the caller cannot know the person exists and retries
        sandbox.faults().failNext("addPerson", 5, Fault.truncatedBody());
        // not processed: the lead is not created, the caller retries
        sandbox.faults().failNext("addLead", 5, Fault.dropConnection());
        sandbox.faults().failNext("searchPersons", 5, Fault.status(500));

        int retries = runIntakes(new Random(16));

        assertExactlyOnePersonPerEmail();
        assertThat(retries).as("intakes retried by the caller").isGreaterThanOrEqualTo(15);
    }

    @Test
    void concurrentRetriedIntakesCreateOnePersonPerEmailDespiteASearchIndexDelay() throws Exception {
        // the search shows a new person only after 5 s: the component's recent creations bridge the gap
        startSandbox(PipedriveSandbox.builder().searchIndexDelay(Duration.ofSeconds(5)));
        sandbox.faults().failNext("addLead", 5, Fault.dropConnection());
        sandbox.faults().failNext("searchPersons", 5, Fault.status(500));
        sandbox.faults().failNext("addPerson", 5, Fault.dropConnection());

        int retries = runIntakes(new Random(17));

        assertExactlyOnePersonPerEmail();
        assertThat(retries).as("intakes retried by the caller").isGreaterThanOrEqualTo(15);
    }

    /** 200 intakes of 50 contacts (seeded order) on 8 threads, each retried until it succeeds; the retries made. */
    private int runIntakes(Random random) throws Exception {
        List<Integer> contacts = new ArrayList<>();
        for (int i = 0; i < INTAKES; i++) {
            contacts.add(i % EMAILS);
        }
        Collections.shuffle(contacts, random);
        AtomicInteger retries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int contact : contacts) {
                done.add(pool.submit(() -> {
                    for (int attempt = 1; ; attempt++) {
                        Exchange exchange = send("addLead", intake(contact), Map.of());
                        if (exchange.getException() == null) {
                            return;
                        }
                        // 15 faults are injected in all: one more attempt than that always gets through
                        if (attempt == MAX_ATTEMPTS) {
                            throw new AssertionError("intake of contact " + contact + " failed " + attempt + " times",
                                    exchange.getException());
                        }
                        retries.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return retries.get();
    }

    private void assertExactlyOnePersonPerEmail() {
        List<SandboxPerson> persons = sandbox.persons();
        assertThat(persons).hasSize(EMAILS);
        assertThat(persons.stream().map(p -> p.emails().get(0)).collect(Collectors.toSet())).hasSize(EMAILS);
        assertThat(sandbox.organizations()).hasSize(COMPANIES);
        Map<String, Integer> organizationByName = sandbox.organizations().stream()
                .collect(Collectors.toMap(o -> o.name(), o -> o.id()));
        for (SandboxPerson person : persons) {
            int contact = Integer.parseInt(person.name().substring("Contact ".length()));
            assertThat(person.orgId()).as("organization of %s", person.name())
                    .isEqualTo(organizationByName.get("Company " + contact % COMPANIES));
        }
        assertThat(sandbox.activeLeadCount()).isEqualTo(INTAKES);
    }
}
