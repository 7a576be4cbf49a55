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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All domain state of the sandbox (leads, labels, persons, organizations, deals, conversion jobs)
 * behind one read-write lock, so HTTP clients and the Java mutation API can run concurrently and
 * always see a consistent snapshot. Methods that are not {@code read}/{@code write} wrappers
 * expect the caller to hold the lock (they are only used from inside such wrappers).
 *
 * <p>Time moves the state on its own: before any {@code read} or {@code write} the store applies
 * every conversion job whose due time has passed by the sandbox clock, at that due time. So the
 * state anyone observes is a function of the clock alone; no read (a status poll included) decides
 * when or whether a job completes. This needs no timer thread and works the same with a real clock
 * and with a test clock that is moved by hand.
 */
final class LeadStore implements LeadValidator.References, DealTitles {

    static final int DEFAULT_USER = 1;
    private static final String SOURCE_API = "API";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Cached orders at most (the consumer uses three or four; a sort per request would be unbounded). */
    private static final int MAX_SORTED_LISTS = 16;
    /** Up to this start + limit an unfiltered default-order page walks the tree instead of a cached list. */
    private static final int SHORT_WALK = 1_000;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;
    /** Seeded: ids, cc_emails and seed data are the same on every run with the same seed. */
    private final Random random;
    private final Map<String, Lead> leads = new HashMap<>();
    private final TreeSet<Lead> byAddTime = new TreeSet<>(LeadQuery.DEFAULT_ORDER);
    /**
     * The lead lists in the orders clients asked for, keyed by archived flag and order. Built under the read
     * lock on first use and cleared by every {@link #write} (leads change in place, so no list survives one);
     * the seed data is inserted before anyone can read.
     */
    private final ConcurrentHashMap<String, SortedLeads> sortedLists = new ConcurrentHashMap<>();
    private final Map<String, LeadLabel> labels = new LinkedHashMap<>();
    private final Map<Integer, Deal> deals = new HashMap<>();
    private final Map<String, Conversion> conversions = new HashMap<>();
    /** Jobs not yet applied, earliest due first. */
    private final PriorityQueue<Conversion> pending = new PriorityQueue<>(
            Comparator.comparing((Conversion c) -> c.dueAt).thenComparingLong(c -> c.seq));
    /** Epoch millis of the earliest pending job, {@code Long.MAX_VALUE} when none: the lock-free fast path. */
    private volatile long nextDueMillis = Long.MAX_VALUE;
    private final Duration conversionDelay;
    private long nextConversionSeq = 1;
    private final Contacts contacts;
    private long nextSeq = 1;
    private int nextDealId;
    private final ConversionOutcome defaultOutcome;
    private ConversionOutcome nextOutcome;
    /** Told of every lead create/change/delete after construction (seed data makes no events). */
    private volatile LeadEvent.Listener listener = LeadEvent.NONE;

    LeadStore(SandboxConfig config) {
        this.clock = config.clock();
        this.random = new Random(config.seed());
        int personCount = config.seedPersons();
        int organizationCount = config.seedOrganizations();
        this.contacts = new Contacts(personCount, organizationCount, config.searchIndexDelay(),
                Timestamps.millis(clock.instant()));
        this.defaultOutcome = config.conversionOutcome();
        this.conversionDelay = config.conversionDelay();
        SeedData.seedLabels(this);
        for (int id = 1; id <= config.seedDeals(); id++) {
            Integer person = personCount > 0 ? 1 + (id - 1) % personCount : null;
            Integer org = organizationCount > 0 ? 1 + (id - 1) % organizationCount : null;
            deals.put(id, new Deal(id, "Deal " + id, person, org, null, null, null, 1));
        }
        nextDealId = config.seedDeals() + 1;
        SeedData.seedLeads(this, config.seedLeads(), personCount, organizationCount, random);
    }

    void setListener(LeadEvent.Listener value) {
        this.listener = value;
    }

    // ---------------------------------------------------------------- events (lock held)

    private void emitCreated(Lead lead, String source) {
        if (listener.listening()) {
            listener.onLeadEvent(LeadEvent.created(lead, now(), source));
        }
    }

    /** The lead's webhook shape before a change, or null when nobody listens (then no event either). */
    private ObjectNode snapshotForEvent(Lead lead) {
        return listener.listening() ? WebhookLeadShape.of(lead) : null;
    }

    private void emitChanged(ObjectNode before, Lead lead, String source) {
        if (before == null) {
            return;
        }
        LeadEvent event = LeadEvent.changed(before, lead, now(), source);
        if (event != null) {
            listener.onLeadEvent(event);
        }
    }

    private void emitDeleted(Lead lead, String source) {
        if (listener.listening()) {
            listener.onLeadEvent(LeadEvent.deleted(lead, now(), source));
        }
    }

    // ---------------------------------------------------------------- locking

    <T> T read(Supplier<T> action) {
        // a read lock cannot be upgraded: apply due jobs under the write lock first, unless this
        // thread already reads (then its outer call has applied them)
        if (clock.instant().toEpochMilli() >= nextDueMillis && lock.getReadHoldCount() == 0) {
            write(() -> null);
        }
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            applyDueConversions();
            return action.get();
        } finally {
            // any write may have moved a lead (update_time, archived flag, a sort field) or changed the set
            sortedLists.clear();
            lock.writeLock().unlock();
        }
    }

    void write(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    // ---------------------------------------------------------------- lookups (lock held)

    Instant now() {
        return Timestamps.millis(clock.instant());
    }

    Lead lead(String id) {
        return leads.get(id);
    }

    /** Live leads (archived included) in the default order. */
    Collection<Lead> ordered() {
        return byAddTime;
    }

    @Override
    public boolean personExists(int id) {
        return contacts.personExists(id);
    }

    @Override
    public boolean organizationExists(int id) {
        return contacts.organizationExists(id);
    }

    /** Persons, organizations and notes (lock held to use them). */
    Contacts contacts() {
        return contacts;
    }

    boolean leadExists(String id) {
        return leads.containsKey(id);
    }

    /** Lock held: a live (not converted) deal. */
    boolean liveDeal(int id) {
        Deal deal = deals.get(id);
        return deal != null && !deal.deleted;
    }

    @Override
    public String dealTitle(int id) {
        Deal deal = deals.get(id);
        return deal == null ? null : deal.title;
    }

    @Override
    public boolean labelExists(String id) {
        return labels.containsKey(id);
    }

    String personName(int id) {
        String name = contacts.personName(id);
        return name == null ? "Person " + id : name;
    }

    String organizationName(int id) {
        String name = contacts.organizationName(id);
        return name == null ? "Organization " + id : name;
    }

    Collection<LeadLabel> labels() {
        return labels.values();
    }

    LeadLabel label(String id) {
        return labels.get(id);
    }

    // ---------------------------------------------------------------- creation helpers (lock held)

    String newUuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private String newCcEmail() {
        StringBuilder sb = new StringBuilder("sandbox+1+lead");
        for (int i = 0; i < 22; i++) {
            sb.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return sb.append("@dev.pipedrivemail.com").toString();
    }

    Lead insertLead(String title, Integer personId, Integer organizationId, Instant addTime, String sourceName,
            String origin, String originId, Integer sourceDealId) {
        Lead lead = new Lead(newUuid(), nextSeq++, addTime, DEFAULT_USER, sourceName, origin, originId, newCcEmail(),
                sourceDealId);
        lead.title = title;
        lead.ownerId = DEFAULT_USER;
        lead.personId = personId;
        lead.organizationId = organizationId;
        leads.put(lead.id, lead);
        byAddTime.add(lead);
        return lead;
    }

    void putLabel(LeadLabel label) {
        labels.put(label.id, label);
    }

    private void removeLead(Lead lead) {
        leads.remove(lead.id);
        byAddTime.remove(lead);
    }

    // ---------------------------------------------------------------- lead operations (thread-safe)

    /** A page of leads as cached wire bytes plus whether more exist. */
    static final class Page {
        final List<byte[]> items;
        final boolean more;

        Page(List<byte[]> items, boolean more) {
            this.items = items;
            this.more = more;
        }
    }

    Page page(LeadQuery query, boolean archived) {
        return read(() -> isShortWalk(query, archived) ? walkActive(query) : sortedList(archived, query).page(query));
    }

    /**
     * An unfiltered page near the front of the active list in the default order: walking the tree costs
     * start + limit steps, while (re)building the cached list after a write costs all N leads. This keeps the
     * first page after a write as cheap as it was before the lists were cached (a client that creates and lists
     * leads in turn on a large seed).
     */
    private static boolean isShortWalk(LeadQuery query, boolean archived) {
        return !archived && query.filter() == null && query.updatedSince() == null
               && LeadQuery.DEFAULT_ORDER_KEY.equals(query.orderKey())
               && (long) query.start + query.limit <= SHORT_WALK;
    }

    /** Read lock held: the page of active leads in the default order, walked from the front. */
    private Page walkActive(LeadQuery query) {
        List<byte[]> items = new ArrayList<>(query.limit);
        int skipped = 0;
        for (Lead lead : byAddTime) {
            if (lead.archived) {
                continue;
            }
            if (skipped < query.start) {
                skipped++;
            } else if (items.size() == query.limit) {
                return new Page(items, true);
            } else {
                items.add(lead.json());
            }
        }
        return new Page(items, false);
    }

    /** Read lock held: the list in the query's order, from the cache or built now (and cached until a write). */
    private SortedLeads sortedList(boolean archived, LeadQuery query) {
        String prefix = archived ? "archived:" : "active:";
        SortedLeads defaultOrder = sortedLists.computeIfAbsent(prefix + LeadQuery.DEFAULT_ORDER_KEY,
                key -> SortedLeads.inDefaultOrder(byAddTime, archived));
        if (query.orderKey().equals(LeadQuery.DEFAULT_ORDER_KEY)) {
            return defaultOrder;
        }
        if (sortedLists.size() >= MAX_SORTED_LISTS) {
            // a client cycling through many sort combinations must not pile up copies of the lead list
            sortedLists.clear();
        }
        return sortedLists.computeIfAbsent(prefix + query.orderKey(),
                key -> defaultOrder.sortedBy(query.sort(), query.updateTimeAscendingFirst()));
    }

    byte[] leadJson(String id) {
        return read(() -> existing(id).json());
    }

    private Lead existing(String id) {
        Lead lead = leads.get(id);
        if (lead == null) {
            throw ApiException.leadNotFound();
        }
        return lead;
    }

    byte[] createFromApi(JsonNode body) {
        return write(() -> {
            LeadChanges changes = LeadValidator.validateCreate(body, this);
            JsonNode originId = changes.get("origin_id");
            Lead lead = insertLead(null, null, null, now(), SOURCE_API, SOURCE_API,
                    originId == null ? null : originId.asText(), null);
            changes.applyTo(lead);
            emitCreated(lead, LeadEvent.SOURCE_API);
            return lead.json();
        });
    }

    /**
     * PATCH semantics. Archived leads cannot be edited (CL-archived); the one exception is a body
     * of exactly {@code {"is_archived": false}}, which un-archives, because the update schema still
     * lists {@code is_archived} and there is no other documented way to un-archive.
     */
    byte[] updateFromApi(String id, JsonNode body) {
        return write(() -> {
            Lead lead = existing(id);
            LeadChanges changes = LeadValidator.validateUpdate(body, this);
            if (lead.archived) {
                boolean unarchiveOnly = changes.size() == 1 && changes.has("is_archived")
                        && !changes.get("is_archived").asBoolean();
                if (!unarchiveOnly) {
                    throw ApiException.badRequest("Archived leads cannot be edited",
                            "Unarchive the lead first by sending {\"is_archived\": false} on its own");
                }
            }
            if (changes.resultingPerson(lead) == null && changes.resultingOrganization(lead) == null) {
                throw ApiException.invalid(LeadValidator.personOrOrganizationRequired());
            }
            ObjectNode before = snapshotForEvent(lead);
            changes.applyTo(lead);
            if (changes.has("is_archived")) {
                lead.archived = changes.get("is_archived").asBoolean();
            }
            lead.updateTime = now();
            lead.invalidate();
            emitChanged(before, lead, LeadEvent.SOURCE_API);
            return lead.json();
        });
    }

    void delete(String id) {
        write(() -> {
            Lead lead = existing(id);
            removeLead(lead);
            contacts.leadDeleted(id);
            emitDeleted(lead, LeadEvent.SOURCE_API);
        });
    }

    List<Integer> permittedUsers(String id) {
        return read(() -> {
            Lead lead = existing(id);
            List<Integer> users = new ArrayList<>();
            users.add(lead.ownerId);
            if (lead.creatorId != lead.ownerId) {
                users.add(lead.creatorId);
            }
            return users;
        });
    }

    // ---------------------------------------------------------------- mutation API (thread-safe)

    String createManualLead(String title, Integer personId, Integer organizationId) {
        return write(() -> {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("title is required");
            }
            if (personId == null && organizationId == null) {
                throw new IllegalArgumentException("a lead needs a person, an organization or both");
            }
            if (personId != null && !personExists(personId)) {
                throw new IllegalArgumentException("unknown person " + personId);
            }
            if (organizationId != null && !organizationExists(organizationId)) {
                throw new IllegalArgumentException("unknown organization " + organizationId);
            }
            Lead lead = insertLead(title, personId, organizationId, now(), "Manually created", "ManuallyCreated",
                    null, null);
            emitCreated(lead, LeadEvent.SOURCE_APP);
            return lead.id;
        });
    }

    void mutate(String id, java.util.function.Consumer<Lead> change) {
        write(() -> {
            Lead lead = leads.get(id);
            if (lead == null) {
                throw new IllegalArgumentException("no lead " + id);
            }
            ObjectNode before = snapshotForEvent(lead);
            change.accept(lead);
            lead.updateTime = now();
            lead.invalidate();
            emitChanged(before, lead, LeadEvent.SOURCE_APP);
        });
    }

    void deleteLead(String id) {
        write(() -> {
            Lead lead = leads.get(id);
            if (lead == null) {
                throw new IllegalArgumentException("no lead " + id);
            }
            removeLead(lead);
            contacts.leadDeleted(id);
            emitDeleted(lead, LeadEvent.SOURCE_APP);
        });
    }

    int countLeads(boolean archived) {
        return read(() -> {
            int n = 0;
            for (Lead lead : byAddTime) {
                if (lead.archived == archived) {
                    n++;
                }
            }
            return n;
        });
    }

    List<String> leadIds(boolean archived) {
        return read(() -> {
            List<String> ids = new ArrayList<>();
            for (Lead lead : byAddTime) {
                if (lead.archived == archived) {
                    ids.add(lead.id);
                }
            }
            return ids;
        });
    }

    // ---------------------------------------------------------------- labels (thread-safe)

    /** Removing a label also removes it from every lead that carried it. */
    void removeLabel(String id) {
        write(() -> {
            if (labels.remove(id) == null) {
                throw ApiException.labelNotFound();
            }
            for (Lead lead : byAddTime) {
                if (lead.labelIds.contains(id)) {
                    ObjectNode before = snapshotForEvent(lead);
                    lead.labelIds.remove(id);
                    // an edit of the lead like any other: an updated_since poll sees it, the event's previous has it
                    lead.updateTime = now();
                    lead.invalidate();
                    emitChanged(before, lead, LeadEvent.SOURCE_API);
                }
            }
        });
    }

    // ---------------------------------------------------------------- conversions (thread-safe)

    void setNextConversionOutcome(ConversionOutcome outcome) {
        write(() -> nextOutcome = outcome);
    }

    private ConversionOutcome takeOutcome() {
        ConversionOutcome outcome = nextOutcome != null ? nextOutcome : defaultOutcome;
        nextOutcome = null;
        return outcome;
    }

    String startLeadConversion(String leadId, Integer stageId) {
        return write(() -> {
            if (!leads.containsKey(leadId)) {
                throw ApiException.entityNotFound();
            }
            return schedule(Conversion.Direction.LEAD_TO_DEAL, leadId, null, stageId);
        });
    }

    String startDealConversion(int dealId) {
        return write(() -> {
            Deal deal = deals.get(dealId);
            if (deal == null || deal.deleted) {
                throw ApiException.entityNotFound();
            }
            return schedule(Conversion.Direction.DEAL_TO_LEAD, null, dealId, null);
        });
    }

    private String schedule(Conversion.Direction direction, String leadId, Integer dealId, Integer stageId) {
        Conversion c = new Conversion(newUuid(), nextConversionSeq++, direction, leadId, dealId, stageId,
                takeOutcome(), now(), conversionDelay);
        conversions.put(c.id, c);
        pending.add(c);
        nextDueMillis = pending.peek().dueAt.toEpochMilli();
        return c.id;
    }

    /** Write lock held: applies, in due order and at their due time, the jobs the clock has reached. */
    private void applyDueConversions() {
        if (pending.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        while (!pending.isEmpty() && !pending.peek().dueAt.isAfter(now)) {
            finish(pending.poll());
        }
        nextDueMillis = pending.isEmpty() ? Long.MAX_VALUE : pending.peek().dueAt.toEpochMilli();
    }

    /** A status poll: reports the job's state at the clock's now and changes nothing. */
    ObjectNode conversionStatus(Conversion.Direction direction, String sourceId, String conversionId) {
        return read(() -> {
            Conversion c = conversions.get(conversionId);
            boolean sameSource = c != null && c.direction == direction && (direction == Conversion.Direction.LEAD_TO_DEAL
                    ? c.leadId.equals(sourceId) : String.valueOf(c.dealId).equals(sourceId));
            if (!sameSource) {
                throw ApiException.entityNotFound();
            }
            return conversionStatus(c, c.status(clock.instant()));
        });
    }

    private ObjectNode conversionStatus(Conversion c, String status) {
        ObjectNode data = Json.object();
        if ("completed".equals(status)) {
            if (c.direction == Conversion.Direction.LEAD_TO_DEAL) {
                data.put("deal_id", c.resultDealId);
            } else {
                data.put("lead_id", c.resultLeadId);
            }
        }
        data.put("conversion_id", c.id);
        data.put("status", status);
        return data;
    }

    /** Applies the job's outcome at its due time; a source that vanished meanwhile makes the job fail. */
    private void finish(Conversion c) {
        if (c.outcome != ConversionOutcome.COMPLETED) {
            c.terminalStatus = c.outcome.status();
            return;
        }
        if (c.direction == Conversion.Direction.LEAD_TO_DEAL) {
            Lead lead = leads.get(c.leadId);
            if (lead == null) {
                c.terminalStatus = "failed";
                return;
            }
            c.resultDealId = leadToDeal(lead, c.stageId, LeadEvent.SOURCE_API).id;
        } else {
            Deal deal = deals.get(c.dealId);
            if (deal == null || deal.deleted) {
                c.terminalStatus = "failed";
                return;
            }
            c.resultLeadId = dealToLead(deal, Timestamps.millis(c.dueAt)).id;
        }
        c.terminalStatus = "completed";
    }

    private Deal leadToDeal(Lead lead, Integer stageId, String source) {
        Deal deal = new Deal(nextDealId++, lead.title, lead.personId, lead.organizationId, lead.valueAmount,
                lead.valueCurrency, lead.id, stageId == null ? 1 : stageId);
        deals.put(deal.id, deal);
        // "on success the lead is marked deleted": it leaves every list and GET answers 404
        removeLead(lead);
        contacts.leadConverted(lead.id, deal.id);
        emitDeleted(lead, source);
        return deal;
    }

    private Lead dealToLead(Deal deal, Instant addTime) {
        Lead lead = insertLead(deal.title, deal.personId, deal.organizationId, addTime, "Deal", "Deal", null, deal.id);
        lead.valueAmount = deal.valueAmount;
        lead.valueCurrency = deal.valueCurrency;
        lead.invalidate();
        deal.deleted = true;
        contacts.dealConverted(deal.id, lead.id);
        emitCreated(lead, LeadEvent.SOURCE_API);
        return lead;
    }

    /** Mutation API: converts a lead to a deal at once; returns the new deal id. */
    int convertLeadNow(String leadId) {
        return write(() -> {
            Lead lead = leads.get(leadId);
            if (lead == null) {
                throw new IllegalArgumentException("no lead " + leadId);
            }
            return leadToDeal(lead, null, LeadEvent.SOURCE_APP).id;
        });
    }

    boolean dealExists(int id) {
        return read(() -> {
            Deal deal = deals.get(id);
            return deal != null && !deal.deleted;
        });
    }
}
