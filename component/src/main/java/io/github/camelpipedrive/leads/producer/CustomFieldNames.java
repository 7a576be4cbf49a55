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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.CustomFields;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;

/**
 * Custom fields by name: adds {@link Lead#getCustomFieldsByName()} on read, and rewrites names and option labels in
 * lead bodies into keys and option ids on write.
 */
public final class CustomFieldNames implements RequestFactory.BodyRewriter {

    /**
     * Properties of lead bodies that are not custom fields: what an update may set, plus origin_id, and the lead
     * intake's person and organization (replaced by ids before the lead is sent) on create.
     */
    private static final Set<String> LEAD_PROPERTIES = Stream.concat(UpdateLeadRequest.UPDATABLE.stream(),
            Stream.of("origin_id", "person", "organization")).collect(Collectors.toUnmodifiableSet());

    private final Supplier<CustomFieldCatalog> catalog;
    private final Supplier<CustomFieldCatalog> refreshed;

    /**
     * @param catalog   the cached definitions
     * @param refreshed definitions read again now (used once when a name is unknown)
     */
    public CustomFieldNames(Supplier<CustomFieldCatalog> catalog, Supplier<CustomFieldCatalog> refreshed) {
        this.catalog = catalog;
        this.refreshed = refreshed;
    }

    /** Called only for bodies whose table column allows custom field names (lead bodies). */
    @Override
    public ObjectNode apply(PipedriveLeadsOperation op, ObjectNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(n -> {
            if (!LEAD_PROPERTIES.contains(n) && !CustomFields.isCustomFieldKey(n)) {
                names.add(n);
            }
        });
        if (names.isEmpty()) {
            return body;
        }
        CustomFieldCatalog cached = catalog.get();
        CustomFieldCatalog fields = names.stream().anyMatch(n -> cached.byName(n).isEmpty()) ? refreshed.get() : cached;
        ObjectNode rewritten = body.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!names.contains(e.getKey())) {
                rewritten.set(e.getKey(), e.getValue());
                continue;
            }
            Optional<LeadField> field = fields.byName(e.getKey());
            if (field.isEmpty()) {
                throw new PipedriveValidationException("body." + e.getKey(),
                        "is neither a lead property nor a custom field name; known custom fields: " + fields.names());
            }
            rewritten.set(field.get().getKey(), toOptionIds(field.get(), e.getValue(), rewritten));
        }
        return rewritten;
    }

    private static JsonNode toOptionIds(LeadField field, JsonNode value, ObjectNode factory) {
        if (value == null || value.isNull() || field.getOptions().isEmpty()) {
            return value;
        }
        if ("set".equals(field.getFieldType())) {
            List<String> ids = new ArrayList<>();
            Iterable<JsonNode> items = value.isArray() ? value : List.of(value);
            for (JsonNode item : items) {
                for (String label : item.asText().split(",")) {
                    ids.add(optionId(field, label.trim()));
                }
            }
            return factory.textNode(String.join(",", ids));
        }
        String id = optionId(field, value.asText());
        return id.matches("\\d+") ? factory.numberNode(Long.parseLong(id)) : factory.textNode(id);
    }

    private static String optionId(LeadField field, String labelOrId) {
        for (LeadField.FieldOption option : field.getOptions()) {
            if (labelOrId.equals(option.getLabel()) || labelOrId.equals(String.valueOf(option.getId()))) {
                return String.valueOf(option.getId());
            }
        }
        List<String> labels = field.getOptions().stream().map(LeadField.FieldOption::getLabel).toList();
        throw new PipedriveValidationException("body." + field.getName(),
                "'" + labelOrId + "' is not an option of this field; options: " + labels);
    }

    /** Fills {@link Lead#getCustomFieldsByName()} of every lead in a result (a lead, a list, or other). */
    public void enrich(Object result) {
        if (result instanceof Lead) {
            enrichLead((Lead) result, catalog.get());
        } else if (result instanceof List) {
            CustomFieldCatalog fields = null;
            for (Object item : (List<?>) result) {
                if (item instanceof Lead) {
                    fields = fields == null ? catalog.get() : fields;
                    enrichLead((Lead) item, fields);
                }
            }
        }
    }

    /** Enriches one lead (used by the lazy page iterator too). */
    public Lead enrichLead(Lead lead, CustomFieldCatalog fields) {
        Map<String, Object> byName = new LinkedHashMap<>();
        lead.getCustomFields().forEach((key, value) -> fields.byKey(key).ifPresent(field -> {
            String name = key.length() > 40 ? field.getName() + key.substring(40) : field.getName();
            byName.put(name, key.length() > 40 ? value : toLabels(field, value));
        }));
        lead.setCustomFieldsByName(byName);
        return lead;
    }

    private static Object toLabels(LeadField field, Object value) {
        if (value == null || field.getOptions().isEmpty()) {
            return value;
        }
        if ("set".equals(field.getFieldType())) {
            List<String> labels = new ArrayList<>();
            Iterable<?> ids = value instanceof List ? (List<?>) value : List.of(value.toString().split(","));
            for (Object id : ids) {
                labels.add(label(field, String.valueOf(id).trim()));
            }
            return labels;
        }
        return label(field, String.valueOf(value));
    }

    private static String label(LeadField field, String id) {
        return field.getOptions().stream().filter(o -> id.equals(String.valueOf(o.getId()))).findFirst()
                .map(LeadField.FieldOption::getLabel).orElse(id);
    }
}
