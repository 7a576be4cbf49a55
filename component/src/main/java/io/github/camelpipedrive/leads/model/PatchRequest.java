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
package io.github.camelpipedrive.leads.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of the partial-update (PATCH) bodies. It records exactly the properties that were set, in order, so that an
 * absent property is not sent while an explicit {@code null} is sent as {@code null} (Pipedrive unsets a field on
 * null). A subclass lists the properties it may set in {@code public static final List<String> UPDATABLE}: the
 * producer refuses any other key (custom field keys aside) before sending.
 */
public abstract class PatchRequest {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Sets a property by its API name; {@code null} means "unset this field". */
    @JsonAnySetter
    public void set(String apiName, Object value) {
        fields.put(apiName, value);
    }

    /** Removes a property so that it is not sent at all. */
    public void clear(String apiName) {
        fields.remove(apiName);
    }

    /** Whether the property will be sent (possibly as null). */
    public boolean isSet(String apiName) {
        return fields.containsKey(apiName);
    }

    /** The properties that will be sent, in order; values may be null. */
    @JsonAnyGetter
    public Map<String, Object> getFields() {
        return Collections.unmodifiableMap(fields);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + fields.keySet();
    }
}
