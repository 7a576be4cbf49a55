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
package io.github.camelpipedrive.leads.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.MutableClock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the consumer delivers, in which order, and what it costs: every case polls by hand against the sandbox.
 */
class ConsumerDeliveryTest extends SandboxConsumerTestSupport {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00.000Z"));

    @Override
    protected PipedriveSandbox.Builder sandboxBuilder() {
        return PipedriveSandbox.builder().clock(clock);
    }

    private List<String> createSpacedLeads(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofMillis(7));
            ids.add(sandbox.createLead("Lead " + i, 1, null));
        }
        return ids;
    }

    @Test
    void deliversEveryLeadOnceOldestFirstAcrossPages() throws Exception {
        List<String> ids = createSpacedLeads(120);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=50");

        assertThat(consumer.poll()).isEqualTo(120);
        assertThat(consumer.poll()).isZero();

        assertThat(delivered).containsExactlyElementsOf(ids);
    }

    @Test
    void startsFromNowByDefault() throws Exception {
        createSpacedLeads(5);
        PipedriveLeadsConsumer consumer = feed("");

        assertThat(consumer.poll()).isZero();
        List<String> later = createSpacedLeads(3);
        assertThat(consumer.poll()).isEqualTo(3);

        assertThat(delivered).containsExactlyElementsOf(later);
    }

    @Test
    void startsFromAGivenTimestampInclusive() throws Exception {
        createSpacedLeads(4);
        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        String atStart = sandbox.createLead("exactly at start", 1, null);
        List<String> after = createSpacedLeads(2);
        PipedriveLeadsConsumer consumer = feed("startFrom=2026-03-02T00:00:00Z");

        consumer.poll();

        assertThat(delivered).containsExactly(atStart, after.get(0), after.get(1));
    }

    @Test
    void leadsSharingOneAddTimeAreAllDeliveredOnceEvenAcrossPolls() throws Exception {
        // 23 leads in the same millisecond, pages of 5: the boundary ids carry the cursor through the tie
        List<String> tied = createLeads(13);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=5&maxMessagesPerPoll=7");

        assertThat(consumer.poll()).isEqualTo(7);
        tied.addAll(createLeads(10));
        while (consumer.poll() > 0) {
            // drain
        }

        assertThat(delivered).hasSize(23).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tied);
    }

    @Test
    void idlePollCostsExactlyOneRequest() throws Exception {
        createSpacedLeads(30);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        consumer.poll();
        sandbox.resetRequestLog();

        assertThat(consumer.poll()).isZero();

        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void ingestCostsAboutOneRequestPerPage() throws Exception {
        createSpacedLeads(1200);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=500");
        sandbox.resetRequestLog();

        assertThat(consumer.poll()).isEqualTo(1200);

        // ceil(1200 / 500) + 2 is the budget; re-anchoring on the watermark costs one overlapping lead per page
        assertThat(sandbox.requestCount()).isLessThanOrEqualTo(5);
    }

    @Test
    void deletionsAndArchivingDuringAPollDoNotSkipLeads() throws Exception {
        List<String> ids = createSpacedLeads(60);
        AtomicBoolean churned = new AtomicBoolean();
        List<String> removed = new ArrayList<>();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=10", exchange -> {
            record(exchange);
            if (delivered.size() == 5 && churned.compareAndSet(false, true)) {
                // remove delivered leads in front of the offset and some not yet delivered ones
                for (int i = 0; i < 4; i++) {
                    sandbox.deleteLead(ids.get(i));
                }
                sandbox.archiveLead(ids.get(20));
                sandbox.convertLead(ids.get(30));
                sandbox.deleteLead(ids.get(40));
                removed.addAll(List.of(ids.get(20), ids.get(30), ids.get(40)));
            }
        });

        consumer.poll();

        List<String> expected = new ArrayList<>(ids);
        expected.removeAll(removed);
        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    @Test
    void aFailedLeadIsDeliveredAgainAndNothingAfterItIsDeliveredFirst() throws Exception {
        List<String> ids = createSpacedLeads(6);
        List<String> attempts = new ArrayList<>();
        AtomicBoolean failedOnce = new AtomicBoolean();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning", exchange -> {
            String id = exchange.getMessage().getHeader(PipedriveLeadsConstants.ID, String.class);
            attempts.add(id);
            if (id.equals(ids.get(3)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("downstream unavailable");
            }
            record(exchange);
        });

        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(delivered).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(consumer.poll()).isEqualTo(3);

        assertThat(delivered).containsExactlyElementsOf(ids);
        assertThat(attempts).containsExactly(ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(3),
                ids.get(4), ids.get(5));
    }

    @Test
    void theInMemoryCursorIsSavedUpToTheLastCompletedLeadWhenABatchStopsAtAFailure() throws Exception {
        // the in-memory default is saved once per batch, not per lead: it must still end at the last completed lead
        List<String> ids = createSpacedLeads(6);
        AtomicBoolean failedOnce = new AtomicBoolean();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning", exchange -> {
            String id = exchange.getMessage().getHeader(PipedriveLeadsConstants.ID, String.class);
            if (id.equals(ids.get(3)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("downstream unavailable");
            }
            record(exchange);
        });
        org.apache.camel.spi.StateRepository<String, String> repository
                = ((io.github.camelpipedrive.leads.PipedriveLeadsEndpoint) consumer.getEndpoint()).cursorRepository();

        assertThat(consumer.poll()).isEqualTo(3);

        LeadCursor saved = LeadCursor.parse(repository.getState(consumer.getStateKey()));
        assertThat(saved.boundaryIds()).containsExactly(ids.get(2));
        assertThat(saved.serialize()).isEqualTo(consumer.getCursor().serialize());
        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(LeadCursor.parse(repository.getState(consumer.getStateKey())).boundaryIds())
                .containsExactly(ids.get(5));
    }

    @Test
    void headersDescribeTheLeadAndTheBatch() throws Exception {
        List<String> ids = createSpacedLeads(3);
        List<Exchange> exchanges = new ArrayList<>();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning", exchange -> exchanges.add(exchange.copy()));

        consumer.poll();

        assertThat(exchanges).hasSize(3);
        Exchange first = exchanges.get(0);
        assertThat(first.getMessage().getHeader(PipedriveLeadsConstants.ID)).isEqualTo(ids.get(0));
        assertThat(first.getMessage().getHeader(PipedriveLeadsConstants.ADD_TIME))
                .isEqualTo(first.getMessage().getBody(Lead.class).getAddTime());
        assertThat(first.getMessage().getHeader(PipedriveLeadsConstants.FEED)).isEqualTo("new");
        assertThat(first.getProperty(Exchange.BATCH_INDEX)).isEqualTo(0);
        assertThat(first.getProperty(Exchange.BATCH_SIZE)).isEqualTo(3);
        assertThat(exchanges.get(2).getProperty(Exchange.BATCH_COMPLETE, Boolean.class)).isTrue();
    }

    @Test
    void batchModeDeliversOneListPerPage() throws Exception {
        List<String> ids = createSpacedLeads(12);
        List<Integer> sizes = new ArrayList<>();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=5&batchMode=true", exchange -> {
            List<?> leads = exchange.getMessage().getBody(List.class);
            sizes.add(leads.size());
            leads.forEach(l -> delivered.add(((Lead) l).getId()));
        });

        assertThat(consumer.poll()).isEqualTo(12);

        assertThat(delivered).containsExactlyElementsOf(ids);
        assertThat(sizes).hasSizeGreaterThan(1).allSatisfy(size -> assertThat(size).isBetween(1, 5));
    }

    @Test
    void maxMessagesPerPollCountsPagesInBatchMode() throws Exception {
        List<String> ids = createSpacedLeads(12);
        List<Integer> sizes = new ArrayList<>();
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&pageSize=5&batchMode=true&maxMessagesPerPoll=1",
                exchange -> {
                    List<?> leads = exchange.getMessage().getBody(List.class);
                    sizes.add(leads.size());
                    leads.forEach(l -> delivered.add(((Lead) l).getId()));
                });

        assertThat(consumer.poll()).isEqualTo(5);
        assertThat(sizes).containsExactly(5);
        while (consumer.poll() > 0) {
            // one page per poll
        }

        assertThat(delivered).containsExactlyElementsOf(ids);
    }

    @Test
    void filtersRestrictTheFeed() throws Exception {
        String forPerson2 = sandbox.createLead("for person 2", 2, null);
        sandbox.createLead("for person 1", 1, null);
        String forOrg3 = sandbox.createLead("for org 3", null, 3);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning&personId=2");

        consumer.poll();
        assertThat(delivered).containsExactly(forPerson2);

        context.getRouteController().stopRoute("feed");
        context.removeRoute("feed");
        delivered.clear();
        feed("startFrom=beginning&organizationId=3").poll();
        assertThat(delivered).containsExactly(forOrg3);
    }

    @Test
    void archivedLeadsAreIncludedOnlyWhenAsked() throws Exception {
        PipedriveLeadsConsumer consumer = feed("includeArchived=true");
        consumer.poll();
        clock.advance(Duration.ofSeconds(1));
        String a = sandbox.createLead("kept", 1, null);
        clock.advance(Duration.ofSeconds(1));
        String archivedBetweenPolls = sandbox.createLead("archived quickly", 1, null);
        sandbox.archiveLead(archivedBetweenPolls);
        clock.advance(Duration.ofSeconds(1));
        String c = sandbox.createLead("kept too", 1, null);

        consumer.poll();

        assertThat(delivered).containsExactly(a, archivedBetweenPolls, c);
    }

    @Test
    void archivedLeadsAreNotDeliveredByDefault() throws Exception {
        PipedriveLeadsConsumer consumer = feed("");
        consumer.poll();
        clock.advance(Duration.ofSeconds(1));
        String kept = sandbox.createLead("kept", 1, null);
        String archived = sandbox.createLead("archived", 1, null);
        sandbox.archiveLead(archived);

        consumer.poll();

        assertThat(delivered).containsExactly(kept);
    }

    @Test
    void updatedFeedDeliversEachNewVersionOnce() throws Exception {
        List<String> ids = createSpacedLeads(3);
        PipedriveLeadsConsumer consumer = feed("feed=updated");
        assertThat(consumer.poll()).isZero();

        clock.advance(Duration.ofSeconds(1));
        sandbox.updateLeadTitle(ids.get(1), "renamed once");
        clock.advance(Duration.ofSeconds(1));
        sandbox.updateLeadTitle(ids.get(1), "renamed twice");
        clock.advance(Duration.ofSeconds(1));
        sandbox.updateLeadTitle(ids.get(0), "renamed");
        clock.advance(Duration.ofSeconds(1));
        String created = sandbox.createLead("new one", 1, null);

        assertThat(consumer.poll()).isEqualTo(3);
        assertThat(delivered).containsExactly(ids.get(1), ids.get(0), created);
        assertThat(consumer.poll()).isZero();
    }
}
