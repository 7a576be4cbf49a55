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
package io.github.camelpipedrive.leads.producer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The persons and organizations this component created recently, by normalised match key. Pipedrive's search index
 * can lag behind a create: an intake of the same e-mail address a moment later would not find the new person and
 * would create a second one. Consulted before searching; bounded in size (least recently used entries go first) and
 * in age (entries older than the time to live are ignored).
 */
public final class RecentContacts {

    /** A remembered contact: its id and, for a person, the organization it was created with or linked to. */
    public record Remembered(long id, Long organizationId) {
    }

    private final int maxSize;
    private final long ttlMillis;
    private final LongSupplier clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > RecentContacts.this.maxSize;
        }
    };

    private record Entry(Remembered contact, long storedAt) {
    }

    public RecentContacts(int maxSize, long ttlMillis) {
        this(maxSize, ttlMillis, System::currentTimeMillis);
    }

    RecentContacts(int maxSize, long ttlMillis, LongSupplier clock) {
        this.maxSize = Math.max(0, maxSize);
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    /** The contact remembered for this key, or null. */
    public synchronized Remembered get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() - entry.storedAt() > ttlMillis) {
            entries.remove(key);
            return null;
        }
        return entry.contact();
    }

    /** Remembers a contact under this key. */
    public synchronized void put(String key, Remembered contact) {
        if (maxSize > 0) {
            entries.put(key, new Entry(contact, clock.getAsLong()));
        }
    }

    /** How many keys are remembered (expired ones included until they are read). */
    public synchronized int size() {
        return entries.size();
    }
}
