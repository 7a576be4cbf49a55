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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.CustomFields;
import io.github.camelpipedrive.leads.model.LeadLabelColor;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.PersonRequest;

/**
 * The API's rules for request bodies, checked on the exact JSON that would be sent, so that a request the API would
 * reject is never sent. Each failure names the property and the rule.
 */
public final class BodyValidator {

    private static final Set<String> VISIBLE_TO = Set.of("1", "3", "5", "7");

    private BodyValidator() {
    }

    /**
     * Refuses keys the request model does not know before anything else is checked, so that a mistyped key
     * ({@code personId}, {@code "title "}, {@code organisation_id}) is named with the key it meant instead of being
     * sent (and ignored or refused by the API) or reported as a missing property.
     *
     * @param customFieldKeys whether 40-hex custom field keys are accepted (lead bodies)
     */
    public static void rejectUnknownKeys(ObjectNode body, Class<?> model, boolean customFieldKeys) {
        Set<String> known = RequestProperties.of(model);
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (known.contains(name) || customFieldKeys && CustomFields.isCustomFieldKey(name)) {
                continue;
            }
            throw new PipedriveValidationException("body." + name, "'" + name + "' is not a property of "
                    + model.getSimpleName() + RequestProperties.didYouMean(name, known) + "; it accepts only "
                    + inWords(known) + (customFieldKeys ? ", plus custom fields by their 40-character key (or by name with"
                                                 + " resolveCustomFieldNames=true)" : "")
                    + ". Nothing was sent.");
        }
    }

    /** "a, b and c". */
    private static String inWords(Set<String> names) {
        StringBuilder words = new StringBuilder();
        int i = 0;
        for (String name : names) {
            words.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(name);
            i++;
        }
        return words.toString();
    }

    public static void validateAddLead(ObjectNode body) {
        requireText(body, "title");
        boolean person = isPresent(body, "person_id") || isPresent(body, "person");
        boolean organization = isPresent(body, "organization_id") || isPresent(body, "organization");
        if (!person && !organization) {
            throw new PipedriveValidationException("body.person_id",
                    "a lead must be linked to a person_id or an organization_id (or both), or name a person or an"
                    + " organization to find or create");
        }
        validateIntakeContacts(body);
        rejectNulls(body);
        validateCommonLeadFields(body);
    }

    /** Lead intake: a person or organization to find or create, never together with the id of one. */
    private static void validateIntakeContacts(ObjectNode body) {
        if (isPresent(body, "person")) {
            if (isPresent(body, "person_id")) {
                throw new PipedriveValidationException("body.person",
                        "give either person (to find or create) or person_id (an existing person), not both");
            }
            PersonRequest.validate(body.get("person"), "body.person");
        }
        if (isPresent(body, "organization")) {
            if (isPresent(body, "organization_id")) {
                throw new PipedriveValidationException("body.organization", "give either organization (to find or"
                        + " create) or organization_id (an existing organization), not both");
            }
            OrganizationRequest.validate(body.get("organization"), "body.organization");
        }
    }

    public static void validateUpdateLead(ObjectNode body) {
        if (body.isEmpty()) {
            throw new PipedriveValidationException("body", "updateLead needs at least one property to change");
        }
        if (body.has("title")) {
            requireText(body, "title");
        }
        if (body.has("person_id") && body.get("person_id").isNull()
            && body.has("organization_id") && body.get("organization_id").isNull()) {
            throw new PipedriveValidationException("body.person_id",
                    "cannot unset both person_id and organization_id: a lead must stay linked to one of them");
        }
        for (String notNullable : new String[] { "owner_id", "label_ids", "is_archived", "visible_to", "was_seen" }) {
            if (body.has(notNullable) && body.get(notNullable).isNull()) {
                throw new PipedriveValidationException("body." + notNullable, "cannot be null (it cannot be unset)");
            }
        }
        validateCommonLeadFields(body);
    }

    public static void validateAddLabel(ObjectNode body) {
        requireText(body, "name");
        if (!isPresent(body, "color")) {
            throw new PipedriveValidationException("body.color", "is required, one of " + LeadLabelColor.apiNames());
        }
        validateColor(body);
    }

    public static void validateUpdateLabel(ObjectNode body) {
        if (body.isEmpty()) {
            throw new PipedriveValidationException("body", "updateLeadLabel needs name or color");
        }
        if (body.has("name")) {
            requireText(body, "name");
        }
        if (body.has("color")) {
            validateColor(body);
        }
    }

    public static void validateConvertLead(ObjectNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("stage_id") && !name.equals("pipeline_id")) {
                throw new PipedriveValidationException("body." + name,
                        "is not accepted by convertLeadToDeal (only stage_id and pipeline_id)");
            }
        }
        positiveIdIfPresent(body, "stage_id");
        positiveIdIfPresent(body, "pipeline_id");
    }

    private static void validateCommonLeadFields(ObjectNode body) {
        positiveIdIfPresent(body, "person_id");
        positiveIdIfPresent(body, "organization_id");
        positiveIdIfPresent(body, "owner_id");
        JsonNode value = body.get("value");
        if (value != null && !value.isNull()) {
            if (!value.isObject() || !value.path("amount").isNumber()
                || !value.path("currency").isTextual() || value.path("currency").asText().isBlank()) {
                throw new PipedriveValidationException("body.value",
                        "needs both a numeric amount and a currency, for example {\"amount\":100,\"currency\":\"EUR\"}");
            }
        }
        JsonNode visibleTo = body.get("visible_to");
        if (visibleTo != null && !(visibleTo.isTextual() && VISIBLE_TO.contains(visibleTo.asText()))) {
            throw new PipedriveValidationException("body.visible_to", visibleTo + " is not a valid visibility: it must be"
                                                                      + " the string \"1\", \"3\", \"5\" or \"7\"");
        }
        JsonNode labels = body.get("label_ids");
        if (labels != null && !labels.isNull()) {
            if (!labels.isArray()) {
                throw new PipedriveValidationException("body.label_ids", "must be an array of label ids");
            }
            for (JsonNode label : labels) {
                if (!label.isTextual() || !Ids.isUuid(label.asText())) {
                    throw new PipedriveValidationException("body.label_ids", "every label id must be a UUID");
                }
            }
        }
        JsonNode date = body.get("expected_close_date");
        if (date != null && !date.isNull()) {
            try {
                LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw new PipedriveValidationException("body.expected_close_date", "must be a date YYYY-MM-DD");
            }
        }
    }

    private static void validateColor(ObjectNode body) {
        JsonNode color = body.get("color");
        if (color == null || !color.isTextual() || !LeadLabelColor.isValid(color.asText())) {
            throw new PipedriveValidationException("body.color", "'" + (color == null ? null : color.asText())
                                                                 + "' is not one of " + LeadLabelColor.apiNames());
        }
    }

    private static void rejectNulls(ObjectNode body) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                throw new PipedriveValidationException("body." + e.getKey(), "cannot be null when creating a lead");
            }
        }
    }

    private static void requireText(ObjectNode body, String property) {
        JsonNode node = body.get(property);
        if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
            throw new PipedriveValidationException("body." + property, "is required and must be a non-empty string");
        }
    }

    private static void positiveIdIfPresent(ObjectNode body, String property) {
        JsonNode node = body.get(property);
        if (node != null && !node.isNull() && !(node.canConvertToLong() && node.isIntegralNumber() && node.asLong() > 0)) {
            throw new PipedriveValidationException("body." + property, "must be a positive whole number");
        }
    }

    private static boolean isPresent(ObjectNode body, String property) {
        JsonNode node = body.get(property);
        return node != null && !node.isNull();
    }
}
