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
import java.util.List;
import java.util.function.IntConsumer;

import io.github.camelpipedrive.leads.model.Lead;

/**
 * An in-memory {@link LeadSource} for unit tests of {@link LeadPoller}: leads with chosen timestamps, ties in
 * insertion order (a stable database sort), and a hook run before every request with its 1-based number, so a test
 * can change the lists at any exact point between two requests.
 */
final class FakeLeadSource implements LeadSource {

    private static final class Row {
        final String id;
        final Instant addTime;
        Instant updateTime;
        boolean archived;
        final int seq;

        Row(String id, Instant addTime, int seq) {
            this.id = id;
            this.addTime = addTime;
            this.updateTime = addTime;
            this.seq = seq;
        }
    }

    private final boolean byUpdateTime;
    private final List<Row> rows = new ArrayList<>();
    private IntConsumer beforeRequest = n -> { };
    private int requests;

    /** @param byUpdateTime true for the updated feed (key = update_time), false for the new feed (add_time) */
    FakeLeadSource(boolean byUpdateTime) {
        this.byUpdateTime = byUpdateTime;
    }

    void add(String id, Instant time) {
        rows.add(new Row(id, time, rows.size()));
    }

    void delete(String id) {
        rows.removeIf(r -> r.id.equals(id));
    }

    /** Sets a lead's update_time (an edit). */
    void touch(String id, Instant updateTime) {
        rows.stream().filter(r -> r.id.equals(id)).forEach(r -> r.updateTime = updateTime);
    }

    void archive(String id) {
        rows.stream().filter(r -> r.id.equals(id)).forEach(r -> r.archived = true);
    }

    void beforeRequest(IntConsumer hook) {
        this.beforeRequest = hook;
    }

    int requests() {
        return requests;
    }

    private Instant keyOf(Row r) {
        return byUpdateTime ? r.updateTime : r.addTime;
    }

    private Comparator<Row> ascending() {
        return Comparator.comparing(this::keyOf).thenComparingInt(r -> r.seq);
    }

    @Override
    public FeedQuery.Page activeAscending(Instant since, int start, int limit) {
        beforeRequest.accept(++requests);
        List<Row> matching = rows.stream().filter(r -> !r.archived)
                .filter(r -> since == null || !r.updateTime.isBefore(since)).sorted(ascending()).toList();
        return page(matching, start, limit);
    }

    @Override
    public FeedQuery.Page archivedDescending(int start, int limit) {
        beforeRequest.accept(++requests);
        List<Row> matching = rows.stream().filter(r -> r.archived).sorted(ascending().reversed()).toList();
        return page(matching, start, limit);
    }

    @Override
    public Lead newestActive() {
        beforeRequest.accept(++requests);
        return rows.stream().filter(r -> !r.archived).max(ascending()).map(FakeLeadSource::lead).orElse(null);
    }

    @Override
    public Instant key(Lead lead) {
        return byUpdateTime ? lead.getUpdateTime() : lead.getAddTime();
    }

    private static FeedQuery.Page page(List<Row> matching, int start, int limit) {
        List<Lead> leads = new ArrayList<>();
        for (int i = start; i < Math.min(matching.size(), start + limit); i++) {
            leads.add(lead(matching.get(i)));
        }
        return new FeedQuery.Page(leads, start + limit < matching.size() && !leads.isEmpty(), limit);
    }

    private static Lead lead(Row r) {
        Lead lead = new Lead();
        lead.setId(r.id);
        lead.setAddTime(r.addTime);
        lead.setUpdateTime(r.updateTime);
        return lead;
    }
}
