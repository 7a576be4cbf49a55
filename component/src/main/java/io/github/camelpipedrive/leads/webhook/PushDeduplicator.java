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

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.consumer.LeadCursor;
import io.github.camelpipedrive.leads.model.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, for push and backfill alike, whether a lead version is delivered: each version once, whichever way it
 * comes first.
 * <p>
 * The backfill's cursor stays the only position of the feed: a push never moves it, so a lead pushed out of order
 * cannot make the backfill skip an earlier one that the webhook missed. Instead, pushed versions the cursor has not
 * passed are remembered ({@link PushedVersions}, saved after each delivery) and the backfill skips them while its
 * cursor moves past them, which forgets them. A version is new for push when it is neither remembered, nor in flight
 * (by push or backfill), nor behind the cursor (the backfill delivered it). Dropping a push is never a loss: what is
 * not remembered as delivered is delivered by the backfill.
 */
final class PushDeduplicator {

    private static final Logger LOG = LoggerFactory.getLogger(PushDeduplicator.class);
    /** Ids are stored in a comma-separated value: only plain ids are remembered (Pipedrive's are UUIDs). */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    /** How long the backfill waits for a push of the same version that is being processed by the route. */
    private static final long IN_FLIGHT_WAIT_SECONDS = 300;
    /** How often a state repository that could not be read is asked again for the saved versions. */
    private static final long READ_RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** A version being delivered; completed with true when it was delivered. */
    static final class Claim {
        private final PushedVersions.Version version;
        private final CompletableFuture<Boolean> done = new CompletableFuture<>();

        Claim(PushedVersions.Version version) {
            this.version = version;
        }
    }

    private final LeadFeed feed;
    private final PushedVersions pushed;
    private final int capacity;
    private final Supplier<LeadCursor> cursor;
    private final Runnable earlyBackfill;
    private final Map<String, Claim> inFlight = new HashMap<>();
    private final Set<String> deletes = new LinkedHashSet<>();
    private final Set<String> deletesInFlight = new java.util.HashSet<>();
    private boolean evictionWarned;
    /** Whether the saved versions could not be read yet; they are not asked for again before nextReadAttempt. */
    private boolean unread;
    private long nextReadAttempt;

    /**
     * @param cursor        the backfill's cursor as last saved
     * @param earlyBackfill asks for a backfill poll now (when the remembered versions reach the capacity)
     */
    PushDeduplicator(LeadFeed feed, PushedVersions pushed, int capacity, Supplier<LeadCursor> cursor,
                     Runnable earlyBackfill) {
        this.feed = feed;
        this.pushed = pushed;
        this.capacity = capacity;
        this.cursor = cursor;
        this.earlyBackfill = earlyBackfill;
    }

    /** The feed's key of a lead: add_time for new, update_time for updated. */
    Instant key(Lead lead) {
        return feed == LeadFeed.NEW ? lead.getAddTime() : lead.getUpdateTime();
    }

    private PushedVersions.Version versionOf(String id, Lead lead) {
        Instant key = lead == null ? null : key(lead);
        if (key == null || id == null || !PLAIN_ID.matcher(id).matches()) {
            return null;
        }
        return new PushedVersions.Version(id, key);
    }

    private String name(PushedVersions.Version version) {
        return version.name(feed == LeadFeed.UPDATED);
    }

    /**
     * Claims a pushed create or change for delivery.
     *
     * @return the claim to {@link #pushFinished} after the route, or null when it is a duplicate (already delivered
     *         by push or backfill, or being delivered right now)
     */
    synchronized Claim claimPush(LeadEvent event) {
        PushedVersions.Version version = versionOf(event.getLeadId(), event.getLead());
        if (version == null) {
            // no usable key: delivered without remembering it (the backfill may deliver it again, never lose it)
            return new Claim(null);
        }
        readSaved();
        if (pushed.contains(version) || inFlight.containsKey(name(version))) {
            return null;
        }
        LeadCursor current = cursor.get();
        if (current != null && !current.isNew(version.key(), version.id())) {
            return null;
        }
        Claim claim = new Claim(version);
        inFlight.put(name(version), claim);
        return claim;
    }

    /** Ends a push claim: a delivered version is remembered (and saved) so that the backfill skips it. */
    void pushFinished(Claim claim, boolean delivered) {
        if (claim.version == null) {
            return;
        }
        boolean full;
        synchronized (this) {
            inFlight.remove(name(claim.version));
            if (delivered) {
                pushed.add(claim.version);
                pushed.prune(cursor.get());
                if (pushed.size() > capacity) {
                    int evicted = pushed.evictDownTo(capacity);
                    if (!evictionWarned) {
                        evictionWarned = true;
                        LOG.warn("{} lead versions delivered by push are waiting for the backfill cursor, more than"
                                 + " webhookDedupeCapacity ({}); forgot the {} oldest, which the backfill may deliver"
                                 + " again. Raise webhookDedupeCapacity or lower backfillDelay.", capacity + evicted,
                                capacity, evicted);
                    }
                }
                save();
            }
            full = pushed.size() >= capacity;
        }
        claim.done.complete(delivered);
        if (full) {
            earlyBackfill.run();
        }
    }

    /**
     * Whether the backfill delivers this lead: false when push delivered this version (the backfill then moves its
     * cursor past it). Waits for a push of the same version that the route is processing right now.
     */
    boolean admitBackfill(Lead lead) throws InterruptedException {
        PushedVersions.Version version = versionOf(lead.getId(), lead);
        if (version == null) {
            return true;
        }
        while (true) {
            Claim running;
            synchronized (this) {
                readSaved(true);
                if (pushed.contains(version)) {
                    return false;
                }
                running = inFlight.get(name(version));
                if (running == null) {
                    inFlight.put(name(version), new Claim(version));
                    return true;
                }
            }
            try {
                if (Boolean.TRUE.equals(running.done.get(IN_FLIGHT_WAIT_SECONDS, TimeUnit.SECONDS))) {
                    return false;
                }
            } catch (ExecutionException e) {
                // the push ended without a verdict: deliver by backfill
            } catch (TimeoutException e) {
                LOG.warn("Lead {} has been in the route by push for {} s; the backfill delivers it too", version.id(),
                        IN_FLIGHT_WAIT_SECONDS);
                return true;
            }
        }
    }

    /** After the backfill handled a lead (delivered, skipped or failed): releases its claim and forgets what the cursor passed. */
    void backfillFinished(Lead lead, LeadCursor savedCursor) {
        PushedVersions.Version version = versionOf(lead.getId(), lead);
        Claim claim = null;
        synchronized (this) {
            if (version != null) {
                Claim current = inFlight.get(name(version));
                if (current != null && current.version != null && isBackfillClaim(current)) {
                    claim = inFlight.remove(name(version));
                }
            }
            if (pushed.prune(savedCursor)) {
                save();
            }
        }
        if (claim != null) {
            claim.done.complete(false);
        }
    }

    private static boolean isBackfillClaim(Claim claim) {
        // a push claim is completed by pushFinished; a backfill claim is never completed before backfillFinished
        return !claim.done.isDone();
    }

    /**
     * Reads the versions that push delivered before this start, when the route starts. A state repository that
     * cannot be reached does not stop the start (see {@link #readSaved()}); any other failure of it does.
     */
    synchronized void readSavedAtStart() {
        if (!pushed.loadIfReachable()) {
            unreadable("the state repository cannot be reached");
        }
    }

    /**
     * Reads the versions that push delivered before this start, as soon as the state repository can be reached
     * (it may be down when the route starts): until then pushes are delivered and remembered in memory, and a
     * version delivered by push before the restart may be delivered again, never lost.
     *
     * @return true when they are read
     */
    synchronized boolean readSaved() {
        return readSaved(false);
    }

    /** @param now also within a few seconds of a failed attempt (the backfill, which just read its cursor) */
    private boolean readSaved(boolean now) {
        if (pushed.isLoaded()) {
            return true;
        }
        if (unread && !now && System.nanoTime() - nextReadAttempt < 0) {
            return false; // a store that is down is asked again every few seconds, not at every delivery
        }
        try {
            if (pushed.loadIfReachable()) {
                if (unread) {
                    unread = false;
                    LOG.info("The pushed lead versions under key '{}' are read: {} remembered", pushed.key(),
                            pushed.size());
                }
                return true;
            }
            unreadable("the state repository cannot be reached");
        } catch (RuntimeException e) {
            unreadable(e.getClass().getSimpleName());
        }
        return false;
    }

    private void unreadable(String why) {
        if (!unread) {
            unread = true;
            LOG.warn("The pushed lead versions under key '{}' cannot be read ({}); pushes are delivered and remembered"
                     + " in memory until the state repository is back, and a lead pushed before this start may be"
                     + " delivered again", pushed.key(), why);
        }
        nextReadAttempt = System.nanoTime() + READ_RETRY_NANOS;
    }

    /** Saves the remembered versions; a failing repository costs repeats after a restart, not the delivery. */
    private void save() {
        try {
            if (readSaved()) {
                pushed.save();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not save the pushed lead versions under key '{}' ({}); they stay remembered in memory, a"
                     + " restart before the next successful save may deliver them again by backfill", pushed.key(),
                    e.getClass().getSimpleName());
        }
    }

    /** Claims a delete event; false when the same lead's delete was delivered or is being delivered. */
    synchronized boolean claimDelete(String leadId) {
        if (deletes.contains(leadId) || !deletesInFlight.add(leadId)) {
            return false;
        }
        return true;
    }

    /** Ends a delete claim; delivered deletes are remembered in memory (bounded by the capacity). */
    synchronized void deleteFinished(String leadId, boolean delivered) {
        deletesInFlight.remove(leadId);
        if (delivered) {
            deletes.add(leadId);
            var it = deletes.iterator();
            while (deletes.size() > capacity && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
    }

    /** How many pushed versions are remembered (for tests and the docs' bound). */
    synchronized int rememberedVersions() {
        return pushed.size();
    }
}
