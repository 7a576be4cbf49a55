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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import io.github.camelpipedrive.leads.model.Lead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll algorithm of the lead feed, with no Camel types: it reads a {@link LeadSource}, decides what is new
 * after a {@link LeadCursor}, and hands it, in key order, to a {@link Delivery}.
 * <p>
 * The rules that keep it from losing a lead:
 * <ul>
 * <li>Every window is anchored on the cursor: {@code updated_since = watermark}, offset 0. A new lead always
 * qualifies, so deletions in front of the cursor cannot shift a lead past it.</li>
 * <li>Only pages in which nothing is new (a tie at the watermark larger than a page, or old leads edited since it)
 * are walked by offset, with an overlap. The next page must begin with the overlap leads, checked <b>by id</b>: inside
 * a tie all keys are equal, so comparing times cannot see a shift. If the previous page's last lead is not where it
 * must be, leads vanished (or appeared) in front of the offset, and the walk restarts from offset 0.</li>
 * <li>With archived leads included, the archived list is read <b>after</b> the active reads of a window and before
 * anything of that window is delivered. A lead archived at any moment before that read is then in it, and one
 * archived after it was still active when the active list was read: the cursor never passes a lead that was in
 * neither list (unless it was archived before the active read and unarchived again before the archived read).</li>
 * <li>The cursor moves only through {@link Delivery}, one completed exchange at a time.</li>
 * <li>Reading ahead (with an executor) changes when the next window is read, never which: while a full window is
 * delivered, the window anchored where the cursor will be once all of it is delivered is requested on the executor.
 * It is used only if the cursor did get there; otherwise it is dropped. A window read earlier is a snapshot like any
 * other: every window is anchored on the cursor, so a lead written meanwhile is in a later one.</li>
 * </ul>
 */
final class LeadPoller {

    private static final Logger LOG = LoggerFactory.getLogger(LeadPoller.class);
    /** Offset steps over pages with nothing new overlap by this fraction (at least one lead), to notice shifts. */
    static final int OVERLAP_DIVISOR = 10;
    /** Restarts from offset 0 allowed in one poll when shifts are noticed, before waiting for the next poll. */
    static final int MAX_RESTARTS = 3;
    /** Held-back archived leads kept at most (about 1 KB each). */
    static final int MAX_HELD_BACK = 1_000;

    /**
     * What the poller needs of the feed's options.
     *
     * @param pageSize           leads per list request
     * @param includeArchived    whether the archived list is read too
     * @param batchMode          one delivery unit per window instead of one per lead
     * @param maxMessagesPerPoll most units one poll delivers (0: no limit)
     */
    record Settings(int pageSize, boolean includeArchived, boolean batchMode, int maxMessagesPerPoll) {
    }

    /**
     * One exchange to make: the lead(s) it carries and the cursor once it completed.
     */
    record Unit(List<Lead> leads, LeadCursor after) {
    }

    /** Where the units go: the consumer turns each into an exchange. */
    @FunctionalInterface
    interface Delivery {
        /**
         * Delivers the units in order, stopping at the first failure, and makes each completed unit's
         * {@code after} cursor durable before the next one starts.
         *
         * @return how many units completed
         */
        int deliver(List<Unit> units) throws Exception;
    }

    /** What one poll did. */
    record Result(LeadCursor cursor, int delivered) {
    }

    private final LeadSource source;
    private final Settings settings;
    private final Comparator<Lead> order;

    /**
     * The newest key the archived list held at its last read (null: not read yet). Every lead up to it existed then,
     * so before any later active read: see {@code existedAtActiveRead}. Polls run one at a time.
     */
    private volatile Instant archivedHorizon;

    /**
     * Archived leads an archived read saw but did not merge, because they were newer than what the window's active
     * read could have seen; delivered by a later window as read, even if deleted meanwhile (by id; at most
     * {@link #MAX_HELD_BACK}, beyond which a lead is found again by a later archived read while it is still there).
     * Polls run one at a time.
     */
    private final Map<String, Lead> heldBack = new LinkedHashMap<>();

    /** Reads the next window ahead while one is delivered; null: every read in turn. */
    private final ExecutorService readAhead;

    LeadPoller(LeadSource source, Settings settings) {
        this(source, settings, null);
    }

    /**
     * @param readAhead where the next window of a backlog is read while the current one is delivered (at most one
     *                  read ahead), or null to read every window only after the previous one was delivered
     */
    LeadPoller(LeadSource source, Settings settings, ExecutorService readAhead) {
        this.source = source;
        this.settings = settings;
        this.readAhead = readAhead;
        this.order = Comparator.comparing(source::key).thenComparing(Lead::getId);
    }

    /**
     * Where {@code startFrom=now} begins: after the newest lead the server has (its clock, not ours), archived ones
     * included when asked.
     */
    LeadCursor anchorNow() {
        Lead newest = source.newestActive();
        if (settings.includeArchived()) {
            List<Lead> archivedNewest = source.archivedDescending(0, 1).leads();
            if (!archivedNewest.isEmpty()
                && (newest == null || source.key(archivedNewest.get(0)).isAfter(source.key(newest)))) {
                newest = archivedNewest.get(0);
            }
        }
        return newest == null ? LeadCursor.beginning() : LeadCursor.at(source.key(newest), newest.getId());
    }

    /**
     * Runs one poll from {@code cursor}.
     *
     * @param running false once the consumer is stopping: the poll ends after the current exchange
     */
    Result poll(LeadCursor cursor, Delivery delivery, BooleanSupplier running) throws Exception {
        Run run = new Run(cursor, delivery);
        run.execute(running);
        return new Result(run.cursor, run.delivered);
    }

    private final class Run {
        private final Delivery delivery;
        private LeadCursor cursor;
        private int delivered;
        private int units;
        /** The next window, requested while the current one is delivered (see the class comment); or null. */
        private WindowAhead ahead;

        Run(LeadCursor cursor, Delivery delivery) {
            this.cursor = cursor;
            this.delivery = delivery;
        }

        void execute(BooleanSupplier running) throws Exception {
            try {
                walk(running);
            } finally {
                if (ahead != null) {
                    ahead.drop();
                }
            }
        }

        private void walk(BooleanSupplier running) throws Exception {
            int pageSize = settings.pageSize();
            int start = 0;
            int restarts = 0;
            List<Lead> previous = null;
            int overlap = 0;
            while (running.getAsBoolean() && !limitReached()) {
                FeedQuery.Page page = start == 0 ? window(pageSize) : source.activeAscending(cursor.watermark(), start,
                        pageSize);
                List<Lead> leads = page.leads();
                if (start > 0 && !joins(previous, overlap, leads)) {
                    // leads vanished from (or appeared in) front of the offset: we might step over one, re-anchor
                    if (++restarts > MAX_RESTARTS) {
                        LOG.debug("Too many shifts in one poll; continuing next poll");
                        return;
                    }
                    start = 0;
                    previous = null;
                    continue;
                }
                boolean lastPage = !page.isFull() || !page.more();
                List<Lead> batch = fresh(leads);
                if (settings.includeArchived() && (!batch.isEmpty() || lastPage)) {
                    // read after the active list, so a lead archived meanwhile is in this read; merged only up to a
                    // key whose leads all existed when the active list was read (see existedAtActiveRead)
                    Instant upTo = lastPage ? existedAtActiveRead(leads) : source.key(leads.get(leads.size() - 1));
                    List<Lead> archived = newArchived(upTo);
                    if (archived == null) {
                        return;
                    }
                    batch = merge(batch, archived);
                }
                if (!batch.isEmpty()) {
                    int before = delivered;
                    if (!lastPage) {
                        requestNextWindow(batch, pageSize);
                    }
                    if (!deliver(batch) || lastPage || delivered == before) {
                        return;
                    }
                    start = 0;
                    previous = null;
                    continue;
                }
                if (lastPage) {
                    return;
                }
                // a full page with nothing new: step on by offset, keeping an overlap to check the next page joins
                overlap = Math.max(1, leads.size() / OVERLAP_DIVISOR);
                start += leads.size() - overlap;
                previous = leads;
            }
        }

        /** The window at the cursor: the one read ahead if it is anchored there, else read now. */
        private FeedQuery.Page window(int pageSize) throws Exception {
            WindowAhead next = ahead;
            ahead = null;
            if (next != null) {
                if (Objects.equals(next.since(), cursor.watermark())) {
                    return next.page();
                }
                next.drop(); // the cursor stopped short of where the window was anchored
            }
            return source.activeAscending(cursor.watermark(), 0, pageSize);
        }

        /**
         * Requests the window after this batch while it is delivered, when the batch will be delivered whole and the
         * poll go on: never with the archived list (read after the active one, by rule) or when a limit ends the poll.
         */
        private void requestNextWindow(List<Lead> batch, int pageSize) {
            if (readAhead == null || settings.includeArchived() || endsThePoll(batch)) {
                return;
            }
            Instant last = source.key(batch.get(batch.size() - 1));
            Instant watermark = cursor.watermark();
            Instant since = watermark == null || last.isAfter(watermark) ? last : watermark;
            ahead = new WindowAhead(since, readAhead.submit(() -> source.activeAscending(since, 0, pageSize)));
        }

        /** Whether maxMessagesPerPoll stops the poll within or right after this batch. */
        private boolean endsThePoll(List<Lead> batch) {
            int max = settings.maxMessagesPerPoll();
            if (max <= 0) {
                return false;
            }
            return settings.batchMode() ? units + 1 >= max : delivered + batch.size() >= max;
        }

        /**
         * The newest key of which every lead existed when the last active page was read: that page's newest, or the
         * newest key of an archived read made before it. A newer archived lead may have been created after the
         * active read, and so may an active lead before it that is in neither list: delivering the archived one
         * would move the cursor past the active one for good. Both come with a later window, whose active read
         * follows this archived read. Null when nothing is known (the first poll, nothing new): nothing is merged.
         */
        private Instant existedAtActiveRead(List<Lead> activePage) {
            Instant bound = archivedHorizon;
            for (Lead lead : activePage) {
                Instant key = source.key(lead);
                if (bound == null || key.isAfter(bound)) {
                    bound = key;
                }
            }
            return bound;
        }

        /**
         * New archived leads with a key up to {@code upTo} (none when null), walking the archived list newest first
         * down to the cursor; null when the list kept shifting under the walk (the window is then not delivered).
         */
        private List<Lead> newArchived(Instant upTo) {
            int pageSize = settings.pageSize();
            Map<String, Lead> found = new LinkedHashMap<>();
            int start = 0;
            int restarts = 0;
            List<Lead> previous = null;
            while (true) {
                FeedQuery.Page page = source.archivedDescending(start, pageSize);
                List<Lead> leads = page.leads();
                if (start == 0 && !leads.isEmpty()) {
                    Instant newest = source.key(leads.get(0));
                    if (archivedHorizon == null || newest.isAfter(archivedHorizon)) {
                        archivedHorizon = newest;
                    }
                }
                if (start > 0 && !joins(previous, 1, leads)) {
                    if (++restarts > MAX_RESTARTS) {
                        LOG.debug("The archived list kept shifting; continuing next poll");
                        return null;
                    }
                    found.clear();
                    start = 0;
                    previous = null;
                    continue;
                }
                boolean reachedCursor = false;
                for (Lead lead : leads) {
                    Instant key = source.key(lead);
                    if (cursor.isNew(key, lead.getId())) {
                        if (upTo != null && !key.isAfter(upTo)) {
                            found.putIfAbsent(lead.getId(), lead);
                        } else {
                            holdBack(lead);
                        }
                    } else if (cursor.watermark() == null || key.isBefore(cursor.watermark())) {
                        reachedCursor = true;
                    }
                }
                if (reachedCursor || !page.isFull() || !page.more()) {
                    addHeldBack(found, upTo);
                    return new ArrayList<>(found.values());
                }
                start += leads.size() - 1;
                previous = leads;
            }
        }

        /** Remembers an archived lead read but not merged yet (newer than what the active read could see). */
        private void holdBack(Lead lead) {
            if (heldBack.size() < MAX_HELD_BACK || heldBack.containsKey(lead.getId())) {
                heldBack.put(lead.getId(), lead);
            }
        }

        /**
         * Adds the leads held back by earlier archived reads that this window may deliver, as they were read: one
         * deleted (or unarchived while the active list was read) since is delivered all the same, as it would have
         * been had it not been held back. Forgets those the cursor has passed.
         */
        private void addHeldBack(Map<String, Lead> found, Instant upTo) {
            for (Iterator<Lead> it = heldBack.values().iterator(); it.hasNext();) {
                Lead held = it.next();
                Instant key = source.key(held);
                if (!cursor.isNew(key, held.getId())) {
                    it.remove();
                } else if (upTo != null && !key.isAfter(upTo)) {
                    found.putIfAbsent(held.getId(), held);
                }
            }
        }

        private List<Lead> fresh(List<Lead> leads) {
            List<Lead> result = new ArrayList<>();
            for (Lead lead : leads) {
                if (cursor.isNew(source.key(lead), lead.getId())) {
                    result.add(lead);
                }
            }
            result.sort(order);
            return result;
        }

        private List<Lead> merge(List<Lead> batch, List<Lead> archived) {
            if (archived.isEmpty()) {
                return batch;
            }
            Map<String, Lead> merged = new LinkedHashMap<>();
            batch.forEach(l -> merged.put(l.getId(), l));
            archived.forEach(l -> merged.putIfAbsent(l.getId(), l));
            List<Lead> result = new ArrayList<>(merged.values());
            result.sort(order);
            return result;
        }

        /** Delivers in order; false when a unit failed (the cursor stays before it). */
        private boolean deliver(List<Lead> batch) throws Exception {
            int max = settings.maxMessagesPerPoll();
            int allowance = settings.batchMode() || max <= 0 ? Integer.MAX_VALUE : max - delivered;
            List<Lead> allowed = batch.size() > allowance ? batch.subList(0, allowance) : batch;
            List<Unit> planned = new ArrayList<>();
            LeadCursor position = cursor;
            if (settings.batchMode()) {
                for (Lead lead : allowed) {
                    position = position.advance(source.key(lead), lead.getId());
                }
                planned.add(new Unit(List.copyOf(allowed), position));
            } else {
                for (Lead lead : allowed) {
                    position = position.advance(source.key(lead), lead.getId());
                    planned.add(new Unit(List.of(lead), position));
                }
            }
            int done = delivery.deliver(planned);
            for (int i = 0; i < done; i++) {
                cursor = planned.get(i).after();
                delivered += planned.get(i).leads().size();
            }
            units += done;
            return done == planned.size();
        }

        private boolean limitReached() {
            // counts units: leads, or windows in batchMode
            return settings.maxMessagesPerPoll() > 0 && units >= settings.maxMessagesPerPoll();
        }
    }

    /** A window requested ahead: where it is anchored, and its page once read. */
    private record WindowAhead(Instant since, Future<FeedQuery.Page> read) {

        FeedQuery.Page page() throws Exception {
            try {
                return read.get();
            } catch (ExecutionException e) {
                // the read's own failure, as if it had been made in turn
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

        void drop() {
            read.cancel(false); // a read in progress finishes on its thread; its page is not used
        }
    }

    /**
     * Whether {@code next} continues {@code previous} without a gap: the previous page's last lead must be among
     * the first {@code overlap} leads of the next one. Earlier means some leads in front vanished (harmless while
     * the overlap absorbs it); absent means too many vanished, or leads appeared in front.
     */
    static boolean joins(List<Lead> previous, int overlap, List<Lead> next) {
        if (previous == null || previous.isEmpty()) {
            return true;
        }
        String last = previous.get(previous.size() - 1).getId();
        for (int i = 0; i < Math.min(overlap, next.size()); i++) {
            if (next.get(i).getId().equals(last)) {
                return true;
            }
        }
        return false;
    }
}
