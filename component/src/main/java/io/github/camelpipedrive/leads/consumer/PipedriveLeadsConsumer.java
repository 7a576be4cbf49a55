package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpoint;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.QueryOption;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code GET /v1/leads} and delivers each new (or updated) lead once, oldest first.
 * <p>
 * How: every request asks for leads with {@code updated_since} = the cursor's watermark, sorted by the feed's key
 * ascending, from offset 0. A new lead always qualifies (its update_time is at least its add_time), so the answer
 * starts right at the cursor however many leads were deleted, archived or converted meanwhile: no offset has to stay
 * valid between requests. Leads at the watermark that were already delivered are recognised by id. The cursor moves
 * (and is saved) only after a lead's exchange completed; a failed exchange stops the poll and is delivered again on
 * the next one.
 */
public class PipedriveLeadsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PipedriveLeadsConsumer.class);
    private static final String CURSOR_AFTER = "CamelPipedriveLeadsCursorAfter";
    /** Offset steps over pages with nothing new overlap by this fraction, to notice shifts. */
    private static final int OVERLAP_DIVISOR = 10;
    /** Restarts from offset 0 allowed in one poll when shifts are noticed, before waiting for the next poll. */
    private static final int MAX_RESTARTS = 3;

    private final PipedriveLeadsEndpoint endpoint;
    private final PipedriveLeadsConfiguration configuration;
    private FeedQuery query;
    private CursorStore store;
    private volatile LeadCursor cursor;

    public PipedriveLeadsConsumer(PipedriveLeadsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        int pageSize = configuration.getPageSize();
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("Invalid pageSize: must be between 1 and 500, was " + pageSize);
        }
        if (configuration.isIncludeArchived() && configuration.getFeed() != LeadFeed.NEW) {
            throw new IllegalArgumentException("includeArchived works with feed=new only: the archived list has no"
                                               + " updated_since to follow updates");
        }
        parseStartFrom();
        StateRepository<String, String> repository = configuration.getStateRepository();
        if (repository == null) {
            repository = new MemoryStateRepository();
            configuration.setStateRepository(repository);
        }
        store = CursorStore.open(repository, CursorStore.keyFor(configuration));
        cursor = null;
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        if (query == null) {
            query = new FeedQuery(endpoint.getApiClient(), endpoint.getMapper(), configuration);
        }
        if (cursor == null) {
            cursor = store.load();
            if (cursor == null) {
                cursor = initialCursor();
                store.save(cursor);
                LOG.debug("Feed {} starts at {}", store.key(), cursor);
            }
        }
        int delivered = new PollRun().run();
        forceConsumerAsReady();
        return delivered;
    }

    /** One poll: re-anchored pages of the active list, merged with new archived leads when asked. */
    private final class PollRun {
        private final int pageSize = configuration.getPageSize();
        private final Deque<Lead> archived = new ArrayDeque<>();
        private int delivered;
        private int exchangesDone;

        int run() throws Exception {
            if (configuration.isIncludeArchived()) {
                collectArchived();
            }
            int start = 0;
            int restarts = 0;
            Instant previousLastKey = null;
            while (isPollAllowed() && !limitReached()) {
                FeedQuery.Page page = query.activeAscending(cursor.watermark(), start, pageSize);
                List<Lead> leads = page.leads();
                if (start > 0 && previousLastKey != null && !leads.isEmpty()
                    && query.key(leads.get(0)).isAfter(previousLastKey)) {
                    // leads vanished in front of the offset: we might have stepped over one, so re-anchor
                    if (++restarts > MAX_RESTARTS) {
                        LOG.debug("Too many shifts in one poll; continuing next poll");
                        break;
                    }
                    start = 0;
                    previousLastKey = null;
                    continue;
                }
                boolean lastPage = !page.isFull() || !page.more();
                List<Lead> batch = fresh(leads);
                Instant upTo = lastPage || leads.isEmpty() ? null : query.key(leads.get(leads.size() - 1));
                batch = mergeArchived(batch, upTo);
                if (!batch.isEmpty()) {
                    int before = delivered;
                    if (!deliver(batch) || lastPage) {
                        break;
                    }
                    if (delivered == before) {
                        break;
                    }
                    start = 0;
                    previousLastKey = null;
                    continue;
                }
                if (lastPage) {
                    break;
                }
                // a full page with nothing new (ties already delivered, or old leads updated since the watermark)
                start += Math.max(1, leads.size() - Math.max(1, leads.size() / OVERLAP_DIVISOR));
                previousLastKey = query.key(leads.get(leads.size() - 1));
            }
            // archived leads not merged yet stay after the cursor and are found again next poll
            return delivered;
        }

        private void collectArchived() {
            int start = 0;
            while (true) {
                FeedQuery.Page page = query.archivedDescending(start, pageSize);
                boolean reachedCursor = false;
                for (Lead lead : page.leads()) {
                    Instant key = query.key(lead);
                    if (cursor.isNew(key, lead.getId())) {
                        archived.addFirst(lead);
                    } else if (cursor.watermark() == null || key.isBefore(cursor.watermark())) {
                        reachedCursor = true;
                    }
                }
                if (reachedCursor || !page.isFull() || !page.more()) {
                    break;
                }
                start += page.leads().size();
            }
            List<Lead> sorted = new ArrayList<>(archived);
            sorted.sort(order());
            archived.clear();
            archived.addAll(sorted);
        }

        private List<Lead> fresh(List<Lead> leads) {
            List<Lead> result = new ArrayList<>();
            for (Lead lead : leads) {
                if (cursor.isNew(query.key(lead), lead.getId())) {
                    result.add(lead);
                }
            }
            result.sort(order());
            return result;
        }

        /** Adds the archived leads whose key is at most {@code upTo} (all when null), keeping key order. */
        private List<Lead> mergeArchived(List<Lead> batch, Instant upTo) {
            if (archived.isEmpty()) {
                return batch;
            }
            List<Lead> merged = new ArrayList<>(batch);
            while (!archived.isEmpty() && (upTo == null || !query.key(archived.peekFirst()).isAfter(upTo))) {
                Lead lead = archived.pollFirst();
                if (merged.stream().noneMatch(l -> l.getId().equals(lead.getId()))) {
                    merged.add(lead);
                }
            }
            merged.sort(order());
            return merged;
        }

        /** Delivers in order; false when an exchange failed (the cursor stays before it). */
        private boolean deliver(List<Lead> batch) throws Exception {
            int allowance = configuration.isBatchMode() || getMaxMessagesPerPoll() <= 0
                    ? Integer.MAX_VALUE : getMaxMessagesPerPoll() - delivered;
            List<Lead> allowed = batch.size() > allowance ? batch.subList(0, allowance) : batch;
            Queue<Object> exchanges = new LinkedList<>();
            LeadCursor position = cursor;
            if (configuration.isBatchMode()) {
                for (Lead lead : allowed) {
                    position = position.advance(query.key(lead), lead.getId());
                }
                exchanges.add(pageExchange(new ArrayList<>(allowed), position));
            } else {
                for (Lead lead : allowed) {
                    position = position.advance(query.key(lead), lead.getId());
                    exchanges.add(leadExchange(lead, position));
                }
            }
            int expected = exchanges.size();
            int done = processBatch(exchanges);
            exchangesDone += done;
            delivered += configuration.isBatchMode() ? (done == 1 ? allowed.size() : 0) : done;
            return done == expected;
        }

        private boolean limitReached() {
            // counts exchanges: leads, or pages in batchMode
            return getMaxMessagesPerPoll() > 0 && exchangesDone >= getMaxMessagesPerPoll();
        }
    }

    private Comparator<Lead> order() {
        return Comparator.comparing((Lead l) -> query.key(l)).thenComparing(Lead::getId);
    }

    private Exchange leadExchange(Lead lead, LeadCursor after) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(lead);
        exchange.getMessage().setHeader(PipedriveLeadsConstants.ID, lead.getId());
        exchange.getMessage().setHeader(PipedriveLeadsConstants.ADD_TIME, lead.getAddTime());
        exchange.getMessage().setHeader(PipedriveLeadsConstants.UPDATE_TIME, lead.getUpdateTime());
        exchange.getMessage().setHeader(PipedriveLeadsConstants.FEED, configuration.getFeed().name().toLowerCase());
        exchange.setProperty(CURSOR_AFTER, after);
        return exchange;
    }

    private Exchange pageExchange(List<Lead> leads, LeadCursor after) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(leads);
        exchange.getMessage().setHeader(PipedriveLeadsConstants.FEED, configuration.getFeed().name().toLowerCase());
        exchange.setProperty(CURSOR_AFTER, after);
        return exchange;
    }

    /**
     * Processes the exchanges one by one, saving the cursor after each one that completed; stops at the first
     * failure, which goes to the consumer's exception handler (and the route with bridgeErrorHandler).
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        while (!exchanges.isEmpty() && isBatchAllowed()) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            LeadCursor after = exchange.getProperty(CURSOR_AFTER, LeadCursor.class);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("Error processing lead(s); the cursor stays before them and"
                                                      + " they are delivered again on the next poll",
                        exchange, failure);
                releaseExchange(exchange, false);
                pendingExchanges = 0;
                return index;
            }
            cursor = after;
            store.save(after);
            releaseExchange(exchange, false);
            index++;
        }
        pendingExchanges = 0;
        return index;
    }

    private LeadCursor initialCursor() {
        Instant from = parseStartFrom();
        if (from != null) {
            return LeadCursor.from(from);
        }
        if ("beginning".equalsIgnoreCase(configuration.getStartFrom())) {
            return LeadCursor.beginning();
        }
        // "now": the newest lead present at the first start (server time, so clock skew cannot skip leads)
        Lead newest = query.newestActive();
        if (configuration.isIncludeArchived()) {
            List<Lead> archivedNewest = query.archivedDescending(0, 1).leads();
            if (!archivedNewest.isEmpty()
                && (newest == null || query.key(archivedNewest.get(0)).isAfter(query.key(newest)))) {
                newest = archivedNewest.get(0);
            }
        }
        return newest == null ? LeadCursor.beginning() : LeadCursor.at(query.key(newest), newest.getId());
    }

    private Instant parseStartFrom() {
        String startFrom = configuration.getStartFrom();
        if (ObjectHelper.isEmpty(startFrom) || "now".equalsIgnoreCase(startFrom)
            || "beginning".equalsIgnoreCase(startFrom)) {
            return null;
        }
        return QueryOption.toInstant(startFrom, "startFrom");
    }

    /** The cursor as last saved (for tests and management). */
    public LeadCursor getCursor() {
        return cursor;
    }
}
