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
 * Reads a {@link Lead} in one pass, each property by its own small reader ({@code Property}), instead of databind's
 * bean deserializer (reflective constructor and setter calls, a property lookup per field). Leads are what the feed and the paging
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

    private void readProperty(Lead lead, String name, JsonToken token, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        Property property = Property.BY_NAME.get(name);
        if (property != null) {
            property.read(this, lead, token, p, ctxt);
        } else {
            lead.setAdditionalProperty(name, token == JsonToken.VALUE_NULL ? null : untyped.deserialize(p, ctxt));
        }
    }

    /**
     * How each of {@code Lead}'s properties is read. One small method per property, rather than one switch over
     * the names: the JIT compiles each separately and quickly, where the switch (every reader inlined into every
     * case) was one of the largest compilations of a fresh feed, about 0.4 s of compiler CPU, sometimes twice
     * (docs/performance.md). The virtual call per property costs nanoseconds against the microseconds of a lead.
     */
    private enum Property {
        ID("id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setId(d.string(t, p, c));
            }
        },
        TITLE("title") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setTitle(d.string(t, p, c));
            }
        },
        OWNER_ID("owner_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setOwnerId(d.repeatedLong(t, p, c));
            }
        },
        CREATOR_ID("creator_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setCreatorId(d.repeatedLong(t, p, c));
            }
        },
        LABEL_IDS("label_ids") {
            @Override
            @SuppressWarnings("unchecked")
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setLabelIds(t == JsonToken.START_ARRAY ? d.labelIds(p, c)
                        : t == JsonToken.VALUE_NULL ? null : (List<String>) d.stringLists.deserialize(p, c));
            }
        },
        PERSON_ID("person_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setPersonId(d.longValue(t, p, c));
            }
        },
        ORGANIZATION_ID("organization_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setOrganizationId(d.longValue(t, p, c));
            }
        },
        SOURCE_NAME("source_name") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setSourceName(d.repeatedString(t, p, c));
            }
        },
        ORIGIN("origin") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setOrigin(d.repeatedString(t, p, c));
            }
        },
        ORIGIN_ID("origin_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setOriginId(d.string(t, p, c));
            }
        },
        CHANNEL("channel") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setChannel(d.repeatedLong(t, p, c));
            }
        },
        CHANNEL_ID("channel_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setChannelId(d.repeatedString(t, p, c));
            }
        },
        SOURCE_DEAL_ID("source_deal_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setSourceDealId(d.longValue(t, p, c));
            }
        },
        IS_ARCHIVED("is_archived") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setArchived(d.bool(t, p, c));
            }
        },
        WAS_SEEN("was_seen") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setWasSeen(d.bool(t, p, c));
            }
        },
        VALUE("value") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setValue(d.value(t, p, c));
            }
        },
        EXPECTED_CLOSE_DATE("expected_close_date") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setExpectedCloseDate(d.date(t, p, c));
            }
        },
        NEXT_ACTIVITY_ID("next_activity_id") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setNextActivityId(d.longValue(t, p, c));
            }
        },
        ADD_TIME("add_time") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setAddTime(d.instant(t, p, c, lead.getUpdateTime()));
            }
        },
        UPDATE_TIME("update_time") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setUpdateTime(d.instant(t, p, c, lead.getAddTime()));
            }
        },
        VISIBLE_TO("visible_to") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setVisibleTo(d.repeatedString(t, p, c));
            }
        },
        CC_EMAIL("cc_email") {
            @Override
            void read(LeadDeserializer d, Lead lead, JsonToken t, JsonParser p, DeserializationContext c)
                    throws IOException {
                lead.setCcEmail(d.string(t, p, c));
            }
        };

        static final java.util.Map<String, Property> BY_NAME = byName();

        private final String jsonName;

        Property(String jsonName) {
            this.jsonName = jsonName;
        }

        abstract void read(LeadDeserializer d, Lead lead, JsonToken token, JsonParser p, DeserializationContext ctxt)
                throws IOException;

        private static java.util.Map<String, Property> byName() {
            java.util.Map<String, Property> byName = new java.util.HashMap<>();
            for (Property property : values()) {
                byName.put(property.jsonName, property);
            }
            return java.util.Map.copyOf(byName);
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
