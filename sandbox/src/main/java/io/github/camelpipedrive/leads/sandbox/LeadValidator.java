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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates {@code POST /v1/leads} and {@code PATCH /v1/leads/{id}} bodies the way the real API
 * does as far as the reference knows: Joi-style messages ({@code "owner_id" must be a number}),
 * nulls refused for non-nullable properties, unknown properties refused, references checked.
 *
 * <p>Types are checked strictly (a numeric string is not a number): the sandbox is an oracle for
 * a client that should send the documented types.
 */
final class LeadValidator {

    /** Lookups the validator needs; called with the store's lock held. */
    interface References {
        boolean personExists(int id);

        boolean organizationExists(int id);

        boolean labelExists(String id);
    }

    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Set<String> CREATE_FIELDS = Set.of("title", "owner_id", "label_ids", "person_id",
            "organization_id", "value", "expected_close_date", "visible_to", "was_seen", "origin_id", "channel",
            "channel_id");
    private static final Set<String> UPDATE_FIELDS = Set.of("title", "owner_id", "label_ids", "person_id",
            "organization_id", "is_archived", "value", "expected_close_date", "visible_to", "was_seen", "channel",
            "channel_id");
    private static final Set<String> NULLABLE_ON_CREATE = Set.of("value", "origin_id", "channel", "channel_id");
    private static final Set<String> NULLABLE_ON_UPDATE = Set.of("value", "person_id", "organization_id",
            "expected_close_date", "channel", "channel_id");
    private static final Set<String> VISIBLE_TO = Set.of("1", "3", "5", "7");

    private LeadValidator() {
    }

    static LeadChanges validateCreate(JsonNode body, References refs) {
        LeadChanges changes = validate(body, refs, CREATE_FIELDS, NULLABLE_ON_CREATE);
        if (!changes.has("title")) {
            throw ApiException.invalid("\"title\" is required");
        }
        if (changes.resultingPerson(null) == null && changes.resultingOrganization(null) == null) {
            throw ApiException.invalid(personOrOrganizationRequired());
        }
        return changes;
    }

    static LeadChanges validateUpdate(JsonNode body, References refs) {
        return validate(body, refs, UPDATE_FIELDS, NULLABLE_ON_UPDATE);
    }

    static String personOrOrganizationRequired() {
        return "\"person_id\" or \"organization_id\" is required: a lead must be linked to a person, "
                + "an organization or both";
    }

    static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("\"body\" must be a JSON object");
        }
    }

    private static LeadChanges validate(JsonNode body, References refs, Set<String> allowed, Set<String> nullable) {
        requireObject(body);
        LeadChanges changes = new LeadChanges();
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!allowed.contains(key)) {
                if (LeadFieldCatalog.isCustomKey(key)) {
                    changes.put(key, LeadFieldCatalog.normalize(key, value));
                    continue;
                }
                throw ApiException.invalid(q(key) + " is not allowed");
            }
            if (value.isNull()) {
                if (!nullable.contains(key)) {
                    throw ApiException.invalid(typeMessage(key));
                }
                changes.put(key, null);
                continue;
            }
            checkValue(key, value, refs);
            changes.put(key, value);
        }
        return changes;
    }

    private static void checkValue(String key, JsonNode v, References refs) {
        switch (key) {
            case "title":
                if (!v.isTextual()) {
                    throw ApiException.invalid(typeMessage(key));
                }
                if (v.asText().isBlank()) {
                    throw ApiException.invalid(q(key) + " is not allowed to be empty");
                }
                break;
            case "owner_id":
                requireId(key, v);
                break;
            case "person_id":
                requireId(key, v);
                if (!refs.personExists(v.asInt())) {
                    throw ApiException.invalid("Person with id " + v.asInt() + " was not found");
                }
                break;
            case "organization_id":
                requireId(key, v);
                if (!refs.organizationExists(v.asInt())) {
                    throw ApiException.invalid("Organization with id " + v.asInt() + " was not found");
                }
                break;
            case "label_ids":
                checkLabels(v, refs);
                break;
            case "value":
                checkValueObject(v);
                break;
            case "expected_close_date":
                if (!v.isTextual() || !LeadFieldCatalog.isDate(v.asText())) {
                    throw ApiException.invalid(q(key) + " must be in YYYY-MM-DD format");
                }
                break;
            case "visible_to":
                if (!v.isTextual() || !VISIBLE_TO.contains(v.asText())) {
                    throw ApiException.invalid(q(key) + " must be one of [1, 3, 5, 7]");
                }
                break;
            case "was_seen":
            case "is_archived":
                if (!v.isBoolean()) {
                    throw ApiException.invalid(typeMessage(key));
                }
                break;
            case "channel":
                if (!v.isIntegralNumber() || !LeadFieldCatalog.CHANNELS.containsKey(v.asInt())) {
                    throw ApiException.invalid(q(key) + " must be one of " + LeadFieldCatalog.CHANNELS.keySet());
                }
                break;
            default: // origin_id, channel_id
                if (!v.isTextual()) {
                    throw ApiException.invalid(typeMessage(key));
                }
        }
    }

    private static void requireId(String key, JsonNode v) {
        if (!v.isNumber()) {
            throw ApiException.invalid(typeMessage(key));
        }
        // a number that is no id: name the rule it breaks, as Joi does
        if (v.doubleValue() < 1) {
            throw ApiException.invalid(q(key) + " must be a positive number");
        }
        if (!v.canConvertToInt()) {
            throw ApiException.invalid(q(key) + " must be less than or equal to 2147483647");
        }
        if (!v.isIntegralNumber()) {
            throw ApiException.invalid(q(key) + " must be an integer");
        }
    }

    private static void checkLabels(JsonNode v, References refs) {
        if (!v.isArray()) {
            throw ApiException.invalid("\"label_ids\" must be an array");
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode label = v.get(i);
            if (!label.isTextual() || !UUID.matcher(label.asText()).matches()) {
                throw ApiException.invalid("\"label_ids[" + i + "]\" must be a valid GUID");
            }
            if (!refs.labelExists(label.asText())) {
                throw ApiException.invalid("Lead label with id " + label.asText() + " was not found");
            }
        }
    }

    private static void checkValueObject(JsonNode v) {
        if (!v.isObject()) {
            throw ApiException.invalid("\"value\" must be of type object");
        }
        Iterator<String> names = v.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!"amount".equals(name) && !"currency".equals(name)) {
                throw ApiException.invalid("\"value." + name + "\" is not allowed");
            }
        }
        if (!v.has("amount")) {
            throw ApiException.invalid("\"value.amount\" is required");
        }
        if (!v.has("currency")) {
            throw ApiException.invalid("\"value.currency\" is required");
        }
        if (!v.get("amount").isNumber()) {
            throw ApiException.invalid("\"value.amount\" must be a number");
        }
        if (!v.get("currency").isTextual() || v.get("currency").asText().isBlank()) {
            throw ApiException.invalid("\"value.currency\" must be a string");
        }
    }

    /** The message Joi gives for a wrong type, which is also what a null gets. */
    private static String typeMessage(String key) {
        switch (key) {
            case "owner_id":
            case "person_id":
            case "organization_id":
            case "channel":
                return q(key) + " must be a number";
            case "label_ids":
                return q(key) + " must be an array";
            case "value":
                return q(key) + " must be of type object";
            case "visible_to":
                return q(key) + " must be one of [1, 3, 5, 7]";
            case "was_seen":
            case "is_archived":
                return q(key) + " must be a boolean";
            default:
                return q(key) + " must be a string";
        }
    }

    private static String q(String key) {
        return LeadFieldCatalog.quote(key);
    }
}
