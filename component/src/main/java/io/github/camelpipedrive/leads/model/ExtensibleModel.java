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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of the models read from the API: properties the model has no field for (fields Pipedrive added later, and
 * custom fields) are kept in order and written back out, so reading never fails on them and nothing is lost.
 */
public abstract class ExtensibleModel {

    /**
     * Marks "no map yet": most leads have no extra property, and an empty map for each of them was the largest
     * object the paging stream allocated per lead after the lead itself (docs/performance.md, "Allocation per lead").
     * A marker rather than null because databind may itself write null into the field (a JSON key
     * {@code additionalProperties} with a null value), and the getter then returns null as it always did.
     */
    private static final Map<String, Object> NOT_YET = Collections.unmodifiableMap(new LinkedHashMap<>());

    private static final VarHandle ADDITIONAL_PROPERTIES;

    static {
        try {
            ADDITIONAL_PROPERTIES = MethodHandles.lookup()
                    .findVarHandle(ExtensibleModel.class, "additionalProperties", Map.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Map<String, Object> additionalProperties = NOT_YET;

    /** Every property the model has no field for, in the order received (a live, mutable map). */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        Map<String, Object> map = additionalProperties;
        return map != NOT_YET ? map : allocateAdditionalProperties();
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        getAdditionalProperties().put(name, value);
    }

    /**
     * Installs the map on first use. By compare-and-set, so that two threads asking at once get the same map (as
     * with the final field this replaces) and a put through one of them is never lost to the other's empty map.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> allocateAdditionalProperties() {
        Map<String, Object> created = new LinkedHashMap<>();
        Object witness = ADDITIONAL_PROPERTIES.compareAndExchange(this, NOT_YET, created);
        return witness == NOT_YET ? created : (Map<String, Object>) witness;
    }
}
