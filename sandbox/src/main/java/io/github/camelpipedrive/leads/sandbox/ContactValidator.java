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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates and applies {@code POST}/{@code PATCH} bodies of v2 persons and organizations, with the
 * same Joi-style 400 messages as the lead endpoints ({@code "emails[0].value" is required}).
 * Properties follow the official client's {@code AddPersonRequest} / {@code AddOrganizationRequest};
 * anything else is refused ({@code "x" is not allowed}) so that a client typo shows in tests.
 * Validation happens completely before anything is applied: a refused body changes nothing.
 */
final class ContactValidator {

    private static final Set<String> PERSON_FIELDS = Set.of("name", "owner_id", "org_id", "add_time", "emails",
            "phones", "visible_to", "label_ids", "postal_address", "notes", "im", "birthday", "job_title",
            "marketing_status", "custom_fields");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("name", "owner_id", "add_time", "visible_to",
            "label_ids", "address", "website", "linkedin", "industry", "annual_revenue", "employee_count",
            "custom_fields");
    private static final Set<String> MARKETING_STATUS = Set.of("no_consent", "unsubscribed", "subscribed", "archived");
    private static final Set<Integer> VISIBLE_TO = Set.of(1, 3, 5, 7);
    private static final Set<String> ADDRESS_PARTS = Set.of("value", "country", "admin_area_level_1",
            "admin_area_level_2", "locality", "sublocality", "route", "street_number", "subpremise", "postal_code");

    private ContactValidator() {
    }

    /** A validated body, ready to apply under the write lock. */
    interface Change<T> {
        void applyTo(T target);
    }

    // ---------------------------------------------------------------- persons

    static Change<Person> person(JsonNode body, boolean create, Contacts contacts) {
        LeadValidator.requireObject(body);
        checkAllowed(body, PERSON_FIELDS, create);
        if (create && !body.has("name")) {
            throw ApiException.invalid("\"name\" is required");
        }
        String name = body.has("name") ? nonEmptyString(body, "name") : null;
        Integer ownerId = body.has("owner_id") ? integer(body, "owner_id") : null;
        boolean orgGiven = body.has("org_id");
        Integer orgId = null;
        if (orgGiven && !body.get("org_id").isNull()) {
            orgId = integer(body, "org_id");
            if (!contacts.organizationExists(orgId)) {
                throw ApiException.invalid("Organization with id " + orgId + " was not found");
            }
        } else if (orgGiven && create) {
            throw ApiException.invalid("\"org_id\" must be a number");
        }
        List<ContactChannel> emails = body.has("emails") ? channels(body, "emails") : null;
        List<ContactChannel> phones = body.has("phones") ? channels(body, "phones") : null;
        List<ContactChannel> im = body.has("im") ? channels(body, "im") : null;
        Integer visibleTo = body.has("visible_to") ? visibleTo(body) : null;
        List<Integer> labelIds = body.has("label_ids") ? integers(body, "label_ids") : null;
        String marketing = null;
        if (body.has("marketing_status")) {
            JsonNode v = body.get("marketing_status");
            if (!v.isTextual() || !MARKETING_STATUS.contains(v.asText())) {
                throw ApiException.invalid(
                        "\"marketing_status\" must be one of [no_consent, unsubscribed, subscribed, archived]");
            }
            marketing = v.asText();
        }
        ObjectNode postal = body.has("postal_address") ? address(body, "postal_address") : null;
        String notes = body.has("notes") ? string(body, "notes") : null;
        String birthday = body.has("birthday") ? string(body, "birthday") : null;
        String jobTitle = body.has("job_title") ? string(body, "job_title") : null;
        Instant addTime = body.has("add_time") ? addTime(body) : null;
        ObjectNode custom = body.has("custom_fields") ? customFields(body) : null;
        Integer finalOrgId = orgId;
        String finalMarketing = marketing;
        return person -> {
            if (addTime != null) {
                person.addTime = addTime;
            }
            if (name != null) {
                person.name = name;
            }
            if (ownerId != null) {
                person.ownerId = ownerId;
            }
            if (orgGiven) {
                person.orgId = finalOrgId;
            }
            if (emails != null) {
                person.emails = emails;
            }
            if (phones != null) {
                person.phones = phones;
            }
            if (im != null) {
                person.im = im;
            }
            if (visibleTo != null) {
                person.visibleTo = visibleTo;
            }
            if (labelIds != null) {
                person.labelIds = labelIds;
            }
            if (finalMarketing != null) {
                person.marketingStatus = finalMarketing;
            }
            if (postal != null) {
                person.postalAddress = postal;
            }
            if (notes != null) {
                person.notes = notes;
            }
            if (birthday != null) {
                person.birthday = birthday;
            }
            if (jobTitle != null) {
                person.jobTitle = jobTitle;
            }
            applyCustom(custom, person.customFields);
        };
    }

    // ---------------------------------------------------------------- organizations

    static Change<Organization> organization(JsonNode body, boolean create) {
        LeadValidator.requireObject(body);
        checkAllowed(body, ORGANIZATION_FIELDS, create);
        if (create && !body.has("name")) {
            throw ApiException.invalid("\"name\" is required");
        }
        String name = body.has("name") ? nonEmptyString(body, "name") : null;
        Integer ownerId = body.has("owner_id") ? integer(body, "owner_id") : null;
        Integer visibleTo = body.has("visible_to") ? visibleTo(body) : null;
        List<Integer> labelIds = body.has("label_ids") ? integers(body, "label_ids") : null;
        boolean addressGiven = body.has("address");
        ObjectNode address = addressGiven && !body.get("address").isNull() ? address(body, "address") : null;
        boolean websiteGiven = body.has("website");
        String website = websiteGiven ? nullableString(body, "website") : null;
        boolean linkedinGiven = body.has("linkedin");
        String linkedin = linkedinGiven ? nullableString(body, "linkedin") : null;
        JsonNode industry = nullableNumber(body, "industry");
        JsonNode revenue = nullableNumber(body, "annual_revenue");
        JsonNode employees = nullableNumber(body, "employee_count");
        Instant addTime = body.has("add_time") ? addTime(body) : null;
        ObjectNode custom = body.has("custom_fields") ? customFields(body) : null;
        return org -> {
            if (addTime != null) {
                org.addTime = addTime;
            }
            if (name != null) {
                org.name = name;
            }
            if (ownerId != null) {
                org.ownerId = ownerId;
            }
            if (visibleTo != null) {
                org.visibleTo = visibleTo;
            }
            if (labelIds != null) {
                org.labelIds = labelIds;
            }
            if (addressGiven) {
                org.address = address;
            }
            if (websiteGiven) {
                org.website = website;
            }
            if (linkedinGiven) {
                org.linkedin = linkedin;
            }
            if (body.has("industry")) {
                org.industry = industry;
            }
            if (body.has("annual_revenue")) {
                org.annualRevenue = revenue;
            }
            if (body.has("employee_count")) {
                org.employeeCount = employees;
            }
            applyCustom(custom, org.customFields);
        };
    }

    // ---------------------------------------------------------------- helpers

    private static void checkAllowed(JsonNode body, Set<String> allowed, boolean create) {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name) || (!create && "add_time".equals(name))) {
                throw ApiException.invalid("\"" + name + "\" is not allowed");
            }
        }
    }

    private static String string(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isTextual()) {
            throw ApiException.invalid("\"" + key + "\" must be a string");
        }
        return v.asText();
    }

    private static String nonEmptyString(JsonNode body, String key) {
        String value = string(body, key);
        if (value.isBlank()) {
            throw ApiException.invalid("\"" + key + "\" is not allowed to be empty");
        }
        return value.trim();
    }

    private static String nullableString(JsonNode body, String key) {
        return body.get(key).isNull() ? null : string(body, key);
    }

    private static JsonNode nullableNumber(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw ApiException.invalid("\"" + key + "\" must be a number");
        }
        return v;
    }

    private static int integer(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiException.invalid("\"" + key + "\" must be a number");
        }
        return v.asInt();
    }

    private static int visibleTo(JsonNode body) {
        JsonNode v = body.get("visible_to");
        if (!v.isIntegralNumber() || !VISIBLE_TO.contains(v.asInt())) {
            throw ApiException.invalid("\"visible_to\" must be one of [1, 3, 5, 7]");
        }
        return v.asInt();
    }

    private static List<Integer> integers(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isArray()) {
            throw ApiException.invalid("\"" + key + "\" must be an array");
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isIntegralNumber()) {
                throw ApiException.invalid("\"" + key + "[" + i + "]\" must be a number");
            }
            values.add(v.get(i).asInt());
        }
        return values;
    }

    /**
     * Emails, phones, IMs: objects with a required non-empty {@code value}, optional
     * {@code primary} and {@code label}. A missing label becomes {@code "work"}; when no entry is
     * marked primary, the first one is (the sandbox's choice: a person always has a primary).
     */
    private static List<ContactChannel> channels(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isArray()) {
            throw ApiException.invalid("\"" + key + "\" must be an array");
        }
        List<ContactChannel> result = new ArrayList<>();
        boolean anyPrimary = false;
        for (int i = 0; i < v.size(); i++) {
            String at = key + "[" + i + "]";
            JsonNode item = v.get(i);
            if (!item.isObject()) {
                throw ApiException.invalid("\"" + at + "\" must be of type object");
            }
            Iterator<String> names = item.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!Set.of("value", "primary", "label").contains(name)) {
                    throw ApiException.invalid("\"" + at + "." + name + "\" is not allowed");
                }
            }
            JsonNode value = item.get("value");
            if (value == null) {
                throw ApiException.invalid("\"" + at + ".value\" is required");
            }
            if (!value.isTextual()) {
                throw ApiException.invalid("\"" + at + ".value\" must be a string");
            }
            if (value.asText().isBlank()) {
                throw ApiException.invalid("\"" + at + ".value\" is not allowed to be empty");
            }
            JsonNode primary = item.get("primary");
            if (primary != null && !primary.isBoolean()) {
                throw ApiException.invalid("\"" + at + ".primary\" must be a boolean");
            }
            JsonNode label = item.get("label");
            if (label != null && !label.isTextual()) {
                throw ApiException.invalid("\"" + at + ".label\" must be a string");
            }
            boolean isPrimary = primary != null && primary.asBoolean() && !anyPrimary;
            anyPrimary |= isPrimary;
            result.add(new ContactChannel(value.asText().trim(), isPrimary, label == null ? "work" : label.asText()));
        }
        if (!anyPrimary && !result.isEmpty()) {
            ContactChannel first = result.get(0);
            result.set(0, new ContactChannel(first.value(), true, first.label()));
        }
        return List.copyOf(result);
    }

    private static ObjectNode address(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (!v.isObject()) {
            throw ApiException.invalid("\"" + key + "\" must be of type object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!ADDRESS_PARTS.contains(f.getKey())) {
                throw ApiException.invalid("\"" + key + "." + f.getKey() + "\" is not allowed");
            }
            if (!f.getValue().isTextual()) {
                throw ApiException.invalid("\"" + key + "." + f.getKey() + "\" must be a string");
            }
        }
        return ((ObjectNode) v).deepCopy();
    }

    private static Instant addTime(JsonNode body) {
        JsonNode v = body.get("add_time");
        if (!v.isTextual()) {
            throw ApiException.invalid("\"add_time\" must be a string");
        }
        return Timestamps.parseLenient(v.asText()).map(Timestamps::millis).orElseThrow(
                () -> ApiException.invalid("\"add_time\" must be a valid date-time, e.g. 2025-01-01T10:20:00Z"));
    }

    private static ObjectNode customFields(JsonNode body) {
        JsonNode v = body.get("custom_fields");
        if (!v.isObject()) {
            throw ApiException.invalid("\"custom_fields\" must be of type object");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isArray() && f.getValue().isEmpty()) {
                // SPEC-v2: "sending an empty array [] is not supported and will result in a validation error"
                throw ApiException.invalid("\"custom_fields." + f.getKey() + "\" must not be an empty array; "
                        + "use null to clear");
            }
        }
        return ((ObjectNode) v).deepCopy();
    }

    /** {@code null} clears a custom field (SPEC-v2). */
    private static void applyCustom(ObjectNode custom, Map<String, JsonNode> target) {
        if (custom == null) {
            return;
        }
        custom.fields().forEachRemaining(f -> {
            if (f.getValue().isNull()) {
                target.remove(f.getKey());
            } else {
                target.put(f.getKey(), f.getValue());
            }
        });
    }
}
