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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lead field definition from {@code GET /v1/leadFields}: system fields and the company's custom fields (whose
 * {@code key} is a 40-character hash). Enum and set fields list their options.
 */
public class LeadField extends ExtensibleModel {

    private Long id;
    private String key;
    private String name;
    private String fieldType;
    private List<FieldOption> options = new ArrayList<>();

    /** One option of an enum or set field. */
    public static class FieldOption {
        private Object id;
        private String label;

        /** The option id (sent as the field value). */
        @JsonProperty("id")
        public Object getId() {
            return id;
        }

        public void setId(Object id) {
            this.id = id;
        }

        /** The option label shown in Pipedrive. */
        @JsonProperty("label")
        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    /** The field id. */
    @JsonProperty("id")
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The property key on a lead (a 40-hex hash for custom fields). */
    @JsonProperty("key")
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** The human name. */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The field type: varchar, enum, set, monetary, date, ... */
    @JsonProperty("field_type")
    public String getFieldType() {
        return fieldType;
    }

    public void setFieldType(String fieldType) {
        this.fieldType = fieldType;
    }

    /** Options of enum and set fields (empty otherwise). */
    @JsonProperty("options")
    public List<FieldOption> getOptions() {
        return options;
    }

    public void setOptions(List<FieldOption> options) {
        this.options = options == null ? new ArrayList<>() : options;
    }

    /** Whether this is a custom field (its key is a 40-hex hash). */
    public boolean isCustom() {
        return CustomFields.isCustomFieldKey(key);
    }


    @Override
    public String toString() {
        return "LeadField[" + key + " '" + name + "' " + fieldType + "]";
    }
}
