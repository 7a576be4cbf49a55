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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelpipedrive.leads.model.LeadField;

/**
 * The company's custom lead fields, by key and by name, as read from {@code GET /v1/leadFields}. Immutable; the
 * component replaces it when it refreshes.
 */
public final class CustomFieldCatalog {

    private final Map<String, LeadField> byKey = new LinkedHashMap<>();
    private final Map<String, LeadField> byName = new LinkedHashMap<>();
    private final long loadedAtMillis;

    public CustomFieldCatalog(List<LeadField> fields, long loadedAtMillis) {
        for (LeadField field : fields) {
            if (field.isCustom()) {
                byKey.put(field.getKey(), field);
                byName.putIfAbsent(field.getName(), field);
            }
        }
        this.loadedAtMillis = loadedAtMillis;
    }

    /** The field of a key, or of the key a sub-field key (such as {@code <key>_currency}) belongs to. */
    public Optional<LeadField> byKey(String key) {
        LeadField field = byKey.get(key);
        if (field == null && key.length() > 40) {
            field = byKey.get(key.substring(0, 40));
        }
        return Optional.ofNullable(field);
    }

    /** The field with this human name. */
    public Optional<LeadField> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every custom field name, in definition order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** When the definitions were read. */
    public long loadedAtMillis() {
        return loadedAtMillis;
    }
}
