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
package io.github.camelpipedrive.leads.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadValue;

/**
 * Reads a {@link Lead} in one pass with a switch over its property names, instead of databind's bean deserializer
 * (reflective constructor and setter calls, a property lookup per field). Leads are what the feed and the paging
 * stream read by the hundred thousand: this is the largest per-lead cost of both, and the one that makes a fresh
 * JVM slow (see docs/performance.md).
 *
 * <p>It gives exactly what databind gives for {@code Lead}'s annotations: the common token of each property
 * (a string, an integer, a boolean, an ISO date or timestamp) is read directly, and every other token goes to the
 * deserializer databind itself would use for that property's type, so coercions and errors are Jackson's own.
 * Properties {@code Lead} has no field for go to its any-setter as databind's untyped values (a key named
 * {@code additionalProperties} too, where databind would overwrite the model's map field itself). {@code
 * LeadDeserializerEquivalenceTest} compares both on seeded random leads, every property of the model included, so a
 * property added to {@code Lead} and not here fails the build.
 *
 * <p>It also allocates little per lead, as a fresh JVM pays for every byte in page faults on a growing heap
 * (docs/performance.md, "Allocation per lead"): the values that repeat from lead to lead (sources, origin, channel,
 * visibility, label ids, currencies) are one String each ({@link CanonicalStrings}), the owner's and creator's user
 * ids and the marketing channel one Long each ({@link CanonicalLongs}); {@code "label_ids": []} leaves the lead to
 * create its empty list if asked; integer amounts come from the parsed long; Pipedrive's dates and timestamps are
 * read with {@link IsoDateText}'s arithmetic, and an {@code update_time} equal to the {@code add_time} is the same
 * Instant.
 */
final class LeadDeserializer extends StdDeserializer<Lead> implements ResolvableDeserializer {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> strings;
    private transient JsonDeserializer<Object> longs;
    private transient JsonDeserializer<Object> booleans;
    private transient JsonDeserializer<Object> decimals;
    private transient JsonDeserializer<Object> values;
    private transient JsonDeserializer<Object> dates;
    private transient JsonDeserializer<Object> instants;
    private transient JsonDeserializer<Object> stringLists;
    private transient JsonDeserializer<Object> untyped;

    /** One String per distinct value of the properties whose values repeat from lead to lead. */
    private final CanonicalStrings repeated = new CanonicalStrings();

    /** One Long per distinct user id and channel. */
    private final CanonicalLongs repeatedIds = new CanonicalLongs();

    LeadDeserializer() {
        super(Lead.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        strings = find(ctxt, String.class);
        longs = find(ctxt, Long.class);
        booleans = find(ctxt, Boolean.TYPE);
        decimals = find(ctxt, BigDecimal.class);
        values = find(ctxt, LeadValue.class);
        dates = find(ctxt, LocalDate.class);
        instants = find(ctxt, Instant.class);
        stringLists = ctxt.findRootValueDeserializer(
                ctxt.getTypeFactory().constructCollectionType(List.class, String.class));
        untyped = find(ctxt, Object.class);
    }

    private static JsonDeserializer<Object> find(DeserializationContext ctxt, Class<?> type)
            throws JsonMappingException {
        return ctxt.findRootValueDeserializer(ctxt.constructType(type));
    }

    @Override
    public Lead deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name;
        if (p.isExpectedStartObjectToken()) {
            name = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT)) {
            name = p.currentName(); // inside an object already (e.g. after type-buffering), or an empty one
        } else {
            return (Lead) ctxt.handleUnexpectedToken(Lead.class, p);
        }
        Lead lead = new Lead();
        for (; name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            try {
                readProperty(lead, name, token, p, ctxt);
            } catch (IOException | RuntimeException e) {
                throw withPath(e, lead, name, ctxt);
            }
        }
        return lead;
    }

    /** As databind's bean deserializer reports a failure: Jackson's and runtime ones with the property's path. */
    private static IOException withPath(Exception e, Lead lead, String name, DeserializationContext ctxt)
            throws IOException {
        boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (e instanceof IOException io && (!wrap || !(e instanceof JacksonException))) {
            throw io;
        }
        if (!wrap && e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return JsonMappingException.wrapWithPath(e, lead, name);
    }

    @SuppressWarnings("unchecked")
    private void readProperty(Lead lead, String name, JsonToken token, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        switch (name) {
            case "id" -> lead.setId(string(token, p, ctxt));
            case "title" -> lead.setTitle(string(token, p, ctxt));
            case "owner_id" -> lead.setOwnerId(repeatedLong(token, p, ctxt));
            case "creator_id" -> lead.setCreatorId(repeatedLong(token, p, ctxt));
            case "label_ids" -> lead.setLabelIds(token == JsonToken.START_ARRAY ? labelIds(p, ctxt)
                    : token == JsonToken.VALUE_NULL ? null : (List<String>) stringLists.deserialize(p, ctxt));
            case "person_id" -> lead.setPersonId(longValue(token, p, ctxt));
            case "organization_id" -> lead.setOrganizationId(longValue(token, p, ctxt));
            case "source_name" -> lead.setSourceName(repeatedString(token, p, ctxt));
            case "origin" -> lead.setOrigin(repeatedString(token, p, ctxt));
            case "origin_id" -> lead.setOriginId(string(token, p, ctxt));
            case "channel" -> lead.setChannel(repeatedLong(token, p, ctxt));
            case "channel_id" -> lead.setChannelId(repeatedString(token, p, ctxt));
            case "source_deal_id" -> lead.setSourceDealId(longValue(token, p, ctxt));
            case "is_archived" -> lead.setArchived(bool(token, p, ctxt));
            case "was_seen" -> lead.setWasSeen(bool(token, p, ctxt));
            case "value" -> lead.setValue(value(token, p, ctxt));
            case "expected_close_date" -> lead.setExpectedCloseDate(date(token, p, ctxt));
            case "next_activity_id" -> lead.setNextActivityId(longValue(token, p, ctxt));
            case "add_time" -> lead.setAddTime(instant(token, p, ctxt, lead.getUpdateTime()));
            case "update_time" -> lead.setUpdateTime(instant(token, p, ctxt, lead.getAddTime()));
            case "visible_to" -> lead.setVisibleTo(repeatedString(token, p, ctxt));
            case "cc_email" -> lead.setCcEmail(string(token, p, ctxt));
            default -> lead.setAdditionalProperty(name,
                    token == JsonToken.VALUE_NULL ? null : untyped.deserialize(p, ctxt));
        }
    }

    private String string(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return token == JsonToken.VALUE_NULL ? null : (String) strings.deserialize(p, ctxt);
    }

    /**
     * A string of a property whose values repeat from lead to lead (a source, a label id, a currency): the same
     * String instance for the same text, see {@link CanonicalStrings}. Not for ids, titles or e-mail addresses.
     */
    private String repeatedString(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return repeated.read(p);
        }
        return token == JsonToken.VALUE_NULL ? null : (String) strings.deserialize(p, ctxt);
    }

    private Long longValue(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        return token == JsonToken.VALUE_NULL ? null : (Long) longs.deserialize(p, ctxt);
    }

    /** An id that repeats from lead to lead (a user, a channel): the same Long instance for the same value. */
    private Long repeatedLong(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return repeatedIds.get(p.getLongValue());
        }
        return token == JsonToken.VALUE_NULL ? null : (Long) longs.deserialize(p, ctxt);
    }

    private boolean bool(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false; // null into a primitive: false, as databind does by default
            default -> (Boolean) booleans.deserialize(p, ctxt);
        };
    }

    /**
     * A timestamp in Pipedrive's form is read here, as {@link IsoInstantDeserializer} (the Instant deserializer of
     * the component's mapper) reads it, so that one equal to the lead's other timestamp ({@code other}) can be
     * given as the same instance: a lead never updated has {@code update_time} equal to {@code add_time}. An Instant
     * is immutable and value-based, so sharing one is not observable. Every other token goes to {@code instants}.
     */
    private Instant instant(JsonToken token, JsonParser p, DeserializationContext ctxt, Instant other)
            throws IOException {
        if (token == JsonToken.VALUE_STRING && p.hasTextCharacters()) {
            long millis = IsoDateText.epochMillis(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (millis != IsoDateText.NOT_PARSED) {
                return other != null && other.getEpochSecond() == Math.floorDiv(millis, 1_000L)
                       && other.getNano() == Math.floorMod(millis, 1_000L) * 1_000_000
                        ? other : Instant.ofEpochMilli(millis);
            }
        }
        return token == JsonToken.VALUE_NULL ? null : (Instant) instants.deserialize(p, ctxt);
    }

    /** {@code yyyy-MM-dd} directly, as Jackson's LocalDateDeserializer reads it; any other token goes to it. */
    private LocalDate date(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_STRING && p.hasTextCharacters()) {
            LocalDate date = IsoDateText.localDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (date != null) {
                return date;
            }
        }
        return token == JsonToken.VALUE_NULL ? null : (LocalDate) dates.deserialize(p, ctxt);
    }

    /**
     * Null for {@code []} (the lead makes its empty list only if asked), else a list sized for the one or two labels
     * a lead usually has (the default capacity of ten, made by the first add, is mostly empty slots).
     */
    private List<String> labelIds(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return null;
        }
        List<String> result = new ArrayList<>(2);
        do {
            result.add(repeatedString(token, p, ctxt));
        } while ((token = p.nextToken()) != JsonToken.END_ARRAY);
        return result;
    }

    /** {@code {"amount": 5000, "currency": "EUR"}} directly; any other shape as databind reads a LeadValue. */
    private LeadValue value(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            return (LeadValue) values.deserialize(p, ctxt);
        }
        BigDecimal amount = null;
        String currency = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken valueToken = p.nextToken();
            if ("amount".equals(name)) {
                amount = amount(valueToken, p, ctxt);
            } else if ("currency".equals(name)) {
                currency = repeatedString(valueToken, p, ctxt);
            } else {
                p.skipChildren(); // LeadValue has no other property; databind ignores unknown ones here too
            }
        }
        return new LeadValue(amount, currency);
    }

    private BigDecimal amount(JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
        return switch (token) {
            // an int or long straight from the parsed long: the BigDecimal (scale 0) getDecimalValue() gives, without
            // its way through the parser's number state; BigInteger-sized ones go that way still
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getDecimalValue() : BigDecimal.valueOf(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_NULL -> null;
            default -> (BigDecimal) decimals.deserialize(p, ctxt);
        };
    }
}
