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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lead fields of the sandbox's fictitious company: the system fields plus a handful of
 * inherited deal custom fields with 40-hex keys (reference §6), served by
 * {@code GET /v1/leadFields} and used to validate custom-field writes. The definitions follow the
 * official client's {@code Field} model: optional keys that the model does not declare nullable
 * are left out rather than sent as {@code null} (only the monetary field has {@code subfields}).
 *
 * <p>The keys are public so tests can write and read custom fields without discovering them.
 */
public final class LeadFieldCatalog {

    /** Enum field "Lead tier", options 190 Gold, 191 Silver, 192 Bronze (key from the SPEC example). */
    public static final String ENUM_FIELD_KEY = "9dc80c50d78a15643bfc4ca79d76156a73a1ca0e";
    /** Set field "Interests", options 201 Software, 202 Hardware, 203 Services. */
    public static final String SET_FIELD_KEY = "cfebaa1908ea33cc2911143f9ca0b5aea36ee607";
    /** Monetary field "Budget": number at the key, ISO currency at {@code <key>_currency}. */
    public static final String MONETARY_FIELD_KEY = "30ba0d1886e4db449659aacd017ab797c2d772d6";
    /** Large-text field "Notes summary". */
    public static final String TEXT_FIELD_KEY = "e419923c46fab53cb70f1d0057d71007e9aaa92c";
    /** Date field "Follow-up date" ({@code YYYY-MM-DD}). */
    public static final String DATE_FIELD_KEY = "f936b858dc9d19457c5ab9aec40c7daffb95c07a";
    /** Short-text field "Campaign". */
    public static final String VARCHAR_FIELD_KEY = "3cbedd4fff3f73d182b1b0e4fb3d62743e8cadc3";

    /** Marketing channel ids the company has configured (options of the {@code channel} field). */
    static final Map<Integer, String> CHANNELS = orderedMap(
            1, "Paid search", 2, "Email marketing", 3, "Social media", 52, "Offline advertising");

    static final Pattern CUSTOM_KEY = Pattern.compile("[0-9a-f]{40}");
    private static final String FIELD_TIME = "2025-11-25T09:00:00.000Z";

    private static final Map<String, ObjectNode> CUSTOM = new LinkedHashMap<>();
    private static final List<ObjectNode> ALL = new ArrayList<>();

    static {
        int id = 1;
        ALL.add(field(id++, "title", "Title", "varchar", true, true, null));
        ALL.add(field(id++, "owner_id", "Owner", "user", false, true, null));
        ALL.add(field(id++, "label_ids", "Labels", "set", false, true, null));
        ALL.add(field(id++, "person_id", "Person", "people", false, true, null));
        ALL.add(field(id++, "organization_id", "Organization", "org", false, true, null));
        ALL.add(field(id++, "value", "Value", "monetary", false, true, null));
        ALL.add(field(id++, "expected_close_date", "Expected close date", "date", false, true, null));
        ALL.add(field(id++, "visible_to", "Visible to", "visible_to", false, true, null));
        ALL.add(field(id++, "source_name", "Source", "varchar", false, false, null));
        ALL.add(field(id++, "origin", "Origin", "varchar", false, false, null));
        ALL.add(field(id++, "channel", "Source channel", "enum", false, true, options(CHANNELS)));
        ALL.add(field(id++, "channel_id", "Source channel ID", "varchar", false, true, null));
        ALL.add(field(id++, "add_time", "Lead created", "date", false, false, null));
        ALL.add(field(id++, "update_time", "Update time", "date", false, false, null));
        custom(field(id++, ENUM_FIELD_KEY, "Lead tier", "enum", false, true,
                options(orderedMap(190, "Gold", 191, "Silver", 192, "Bronze"))));
        custom(field(id++, SET_FIELD_KEY, "Interests", "set", false, true,
                options(orderedMap(201, "Software", 202, "Hardware", 203, "Services"))));
        ObjectNode monetary = field(id++, MONETARY_FIELD_KEY, "Budget", "monetary", false, true, null);
        ArrayNode subfields = monetary.putArray("subfields");
        ObjectNode currency = subfields.addObject();
        currency.put("key", MONETARY_FIELD_KEY + "_currency");
        currency.put("name", "Currency of Budget");
        currency.put("field_type", "varchar");
        custom(monetary);
        custom(field(id++, TEXT_FIELD_KEY, "Notes summary", "text", false, true, null));
        custom(field(id++, DATE_FIELD_KEY, "Follow-up date", "date", false, true, null));
        custom(field(id, VARCHAR_FIELD_KEY, "Campaign", "varchar", false, true, null));
    }

    private LeadFieldCatalog() {
    }

    private static void custom(ObjectNode field) {
        CUSTOM.put(field.get("key").asText(), field);
        ALL.add(field);
    }

    private static Map<Integer, String> orderedMap(Object... pairs) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    private static ArrayNode options(Map<Integer, String> options) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        options.forEach((optionId, label) -> array.addObject().put("id", optionId).put("label", label));
        return array;
    }

    private static ObjectNode field(int id, String key, String name, String type, boolean mandatory, boolean editable,
            ArrayNode options) {
        ObjectNode f = Json.object();
        f.put("id", id);
        f.put("key", key);
        f.put("name", name);
        f.put("order_nr", id);
        f.put("field_type", type);
        f.put("add_time", FIELD_TIME);
        f.put("update_time", FIELD_TIME);
        f.put("last_updated_by_user_id", 1);
        f.put("created_by_user_id", 1);
        f.put("active_flag", true);
        f.put("edit_flag", CUSTOM_KEY.matcher(key).matches());
        f.put("bulk_edit_allowed", editable);
        f.put("searchable_flag", "text".equals(type) || "varchar".equals(type));
        f.put("filtering_allowed", true);
        f.put("sortable_flag", true);
        f.put("mandatory_flag", mandatory);
        if (options == null) {
            f.putNull("options");
        } else {
            f.set("options", options);
        }
        // the official client's Field model: options_deleted "only present when there is at least
        // 1 deleted option", is_subfield "only present if field is subfield", subfields "only
        // present when the field has subfields" (none of them nullable), so all three are left out
        return f;
    }

    /** @return all field definitions in display order */
    static List<ObjectNode> all() {
        return ALL;
    }

    /** @return whether the key is a defined custom field or the currency subfield of one */
    static boolean isCustomKey(String key) {
        return CUSTOM.containsKey(key) || isCurrencySubfield(key);
    }

    private static boolean isCurrencySubfield(String key) {
        return key.endsWith("_currency")
                && MONETARY_FIELD_KEY.equals(key.substring(0, key.length() - "_currency".length()));
    }

    /** @return whether the text is a searchable (text/varchar) custom field key */
    static boolean isSearchable(String key) {
        ObjectNode field = CUSTOM.get(key);
        return field != null && field.get("searchable_flag").asBoolean();
    }

    /**
     * Validates a custom-field value and returns it as stored; {@code null} JSON unsets the field.
     * Enum values are option ids; sets accept an id array or a comma-separated string and are
     * stored comma-separated, as v1 deals return them.
     */
    static JsonNode normalize(String key, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (isCurrencySubfield(key)) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw ApiException.invalid(quote(key) + " must be a string");
            }
            return value;
        }
        ObjectNode field = CUSTOM.get(key);
        String type = field.get("field_type").asText();
        switch (type) {
            case "enum":
                if (!value.canConvertToInt() || !value.isIntegralNumber() || !hasOption(field, value.asInt())) {
                    throw ApiException.invalid(quote(key) + " must be one of " + optionIds(field));
                }
                return value;
            case "set":
                return normalizeSet(key, field, value);
            case "monetary":
                if (!value.isNumber()) {
                    throw ApiException.invalid(quote(key) + " must be a number");
                }
                return value;
            case "date":
                if (!value.isTextual() || !isDate(value.asText())) {
                    throw ApiException.invalid(quote(key) + " must be in YYYY-MM-DD format");
                }
                return value;
            default:
                if (!value.isTextual()) {
                    throw ApiException.invalid(quote(key) + " must be a string");
                }
                return value;
        }
    }

    private static JsonNode normalizeSet(String key, ObjectNode field, JsonNode value) {
        List<String> ids = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isIntegralNumber() || !hasOption(field, element.asInt())) {
                    throw ApiException.invalid(quote(key) + " must contain only " + optionIds(field));
                }
                ids.add(element.asText());
            }
        } else if (value.isTextual()) {
            for (String part : value.asText().split(",")) {
                String trimmed = part.trim();
                if (!trimmed.matches("\\d+") || !hasOption(field, Integer.parseInt(trimmed))) {
                    throw ApiException.invalid(quote(key) + " must contain only " + optionIds(field));
                }
                ids.add(trimmed);
            }
        } else {
            throw ApiException.invalid(quote(key) + " must be an array");
        }
        return JsonNodeFactory.instance.textNode(String.join(",", ids));
    }

    static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return text.length() == 10;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean hasOption(ObjectNode field, int optionId) {
        for (JsonNode option : field.get("options")) {
            if (option.get("id").asInt() == optionId) {
                return true;
            }
        }
        return false;
    }

    private static String optionIds(ObjectNode field) {
        List<String> ids = new ArrayList<>();
        field.get("options").forEach(option -> ids.add(option.get("id").asText()));
        return "[" + String.join(", ", ids) + "]";
    }

    static String quote(String key) {
        return "\"" + key + "\"";
    }
}
