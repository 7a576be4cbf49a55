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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a feed stands: the key time (add_time or update_time) of the last delivered lead, and the ids delivered at
 * exactly that time. A lead is new when its key is later than the watermark, or equal to it and not among those ids;
 * so leads sharing one timestamp are all delivered, and none twice.
 * <p>
 * Immutable; stored as {@code v1;<epoch-millis>;<id>,<id>} (no {@code =} or newline, as FileStateRepository needs).
 */
public final class LeadCursor {

    private static final String VERSION = "v1";

    private final Instant watermark;
    private final Set<String> boundaryIds;

    /** @param boundaryIds not modified afterwards: {@code Set.of} or an unmodifiable view of a private copy */
    private LeadCursor(Instant watermark, Set<String> boundaryIds) {
        this.watermark = watermark;
        this.boundaryIds = boundaryIds;
    }

    /** A cursor before every lead. */
    public static LeadCursor beginning() {
        return new LeadCursor(null, Set.of());
    }

    /** A cursor that delivers leads whose key is at or after {@code from}. */
    public static LeadCursor from(Instant from) {
        return new LeadCursor(from, Set.of());
    }

    /** A cursor positioned on (after) one lead. */
    public static LeadCursor at(Instant key, String id) {
        return new LeadCursor(key, Set.of(id));
    }

    /** The watermark, or null at the beginning. */
    public Instant watermark() {
        return watermark;
    }

    /** Ids already delivered whose key equals the watermark. */
    public Set<String> boundaryIds() {
        return boundaryIds;
    }

    /** Whether a lead with this key and id is after the cursor. */
    public boolean isNew(Instant key, String id) {
        if (watermark == null) {
            return true;
        }
        int c = key.compareTo(watermark);
        return c > 0 || (c == 0 && !boundaryIds.contains(id));
    }

    /** The cursor after delivering this lead; never moves backwards. */
    public LeadCursor advance(Instant key, String id) {
        if (watermark != null && key.isBefore(watermark)) {
            return this;
        }
        if (watermark != null && key.equals(watermark)) {
            Set<String> ids = new LinkedHashSet<>(boundaryIds);
            ids.add(id);
            return new LeadCursor(watermark, Collections.unmodifiableSet(ids));
        }
        return at(key, id);
    }

    /** The stored form. */
    public String serialize() {
        return VERSION + ";" + (watermark == null ? "" : Long.toString(watermark.toEpochMilli())) + ";"
               + String.join(",", boundaryIds);
    }

    /** Reads the stored form; fails clearly on anything else. */
    public static LeadCursor parse(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Unreadable pipedrive-leads consumer state: '" + text + "'");
        }
        Instant watermark = parts[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[1]));
        Set<String> ids = new LinkedHashSet<>();
        if (!parts[2].isEmpty()) {
            ids.addAll(Arrays.asList(parts[2].split(",")));
        }
        return new LeadCursor(watermark, Collections.unmodifiableSet(ids));
    }

    @Override
    public String toString() {
        return "LeadCursor[" + watermark + ", " + boundaryIds.size() + " id(s) at the boundary]";
    }
}
