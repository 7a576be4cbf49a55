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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import io.github.camelpipedrive.leads.consumer.LeadCursor;
import io.github.camelpipedrive.leads.state.StateStoreFailures;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lead versions that push delivered and the backfill cursor has not passed yet, kept in the consumer's
 * stateRepository under {@code <cursor key>/pushed} so that a restarted route does not deliver them again by
 * backfill. Stored as {@code v1;<id>@<epoch-millis>,...} (no {@code =} or newline, like the cursor).
 * <p>
 * Not thread-safe: {@link PushDeduplicator} guards it.
 */
final class PushedVersions {

    private static final Logger LOG = LoggerFactory.getLogger(PushedVersions.class);
    private static final String VERSION = "v1";

    /** One delivered version: the lead and the feed's key (add_time or update_time). */
    record Version(String id, Instant key) {
        /** The map key: the id for the new feed (a lead is new once), id and key for the updated feed. */
        String name(boolean perUpdate) {
            return perUpdate ? id + "@" + key.toEpochMilli() : id;
        }
    }

    private final StateRepository<String, String> repository;
    private final String key;
    private final boolean perUpdate;
    private final Map<String, Version> versions = new LinkedHashMap<>();
    /** Whether what an earlier run saved was read: saving before that would overwrite it. */
    private boolean loaded;

    PushedVersions(StateRepository<String, String> repository, String key, boolean perUpdate) {
        this.repository = repository;
        this.key = key;
        this.perUpdate = perUpdate;
    }

    /**
     * Reads what an earlier run saved, once: true when that is done (now or before), false while the repository cannot
     * be reached (a database that is down; tried again at the next call). Versions remembered meanwhile are kept
     * beside the saved ones. An unreadable value is dropped with a WARN (repeats are possible, no loss); any other
     * failure of the repository is thrown.
     */
    boolean loadIfReachable() {
        if (loaded) {
            return true;
        }
        String stored;
        try {
            // a supplied repository the backfill could not start yet (its database was down) is started here
            ServiceHelper.startService(repository);
            stored = repository.getState(key);
        } catch (RuntimeException e) {
            if (StateStoreFailures.isUnreachable(e)) {
                return false;
            }
            throw e;
        }
        Map<String, Version> saved = parse(stored);
        saved.putAll(versions);
        versions.clear();
        versions.putAll(saved);
        loaded = true;
        return true;
    }

    private Map<String, Version> parse(String stored) {
        Map<String, Version> saved = new LinkedHashMap<>();
        if (stored == null || stored.isEmpty()) {
            return saved;
        }
        try {
            String[] parts = stored.split(";", -1);
            if (parts.length != 2 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not v1");
            }
            if (!parts[1].isEmpty()) {
                for (String entry : parts[1].split(",")) {
                    int at = entry.lastIndexOf('@');
                    Version v = new Version(entry.substring(0, at),
                            Instant.ofEpochMilli(Long.parseLong(entry.substring(at + 1))));
                    saved.put(v.name(perUpdate), v);
                }
            }
            return saved;
        } catch (RuntimeException e) {
            LOG.warn("The pushed lead versions stored under key '{}' cannot be read ({} characters); starting without"
                     + " them: the backfill may deliver some leads that push delivered before the restart again",
                    key, stored.length());
            return new LinkedHashMap<>();
        }
    }

    boolean isLoaded() {
        return loaded;
    }

    boolean contains(Version version) {
        return versions.containsKey(version.name(perUpdate));
    }

    void add(Version version) {
        versions.put(version.name(perUpdate), version);
    }

    int size() {
        return versions.size();
    }

    /** Forgets the versions the cursor has passed: the backfill will never read them again. */
    boolean prune(LeadCursor cursor) {
        if (cursor == null) {
            return false;
        }
        return versions.values().removeIf(v -> !cursor.isNew(v.key(), v.id()));
    }

    /** Forgets the oldest versions down to {@code capacity}; returns how many were forgotten. */
    int evictDownTo(int capacity) {
        int evicted = 0;
        var it = versions.values().iterator();
        while (versions.size() > capacity && it.hasNext()) {
            it.next();
            it.remove();
            evicted++;
        }
        return evicted;
    }

    /** Saves the remembered versions; only once the saved ones were read ({@link #loadIfReachable()}). */
    void save() {
        if (!loaded) {
            throw new IllegalStateException("the saved versions were not read yet");
        }
        StringJoiner joiner = new StringJoiner(",", VERSION + ";", "");
        for (Version v : versions.values()) {
            joiner.add(v.id() + "@" + v.key().toEpochMilli());
        }
        repository.setState(key, joiner.toString());
    }

    Collection<Version> all() {
        return versions.values();
    }

    String key() {
        return key;
    }
}
