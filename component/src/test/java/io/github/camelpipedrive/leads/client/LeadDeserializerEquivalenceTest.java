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

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LeadDeserializer} must read exactly what databind reads from {@code Lead}'s annotations: same values, same
 * Java types of custom-field values, and a failure wherever databind fails. Seeded random leads cover every property
 * databind finds on {@code Lead} (so a property added to the model and not to the reader fails here), with the usual
 * tokens, nulls, coercible and impossible ones, unknown and ignored keys, and duplicates.
 */
class LeadDeserializerEquivalenceTest {

    private static final int CASES = 3_000;

    private final ObjectMapper reader = Json.newMapper();
    private final ObjectMapper databind = Json.newDatabindMapper();
    private final Random random = new Random(18);

    @Test
    void theComponentsMapperUsesTheHandWrittenReader() {
        assertThat(reader.getRegisteredModuleIds()).contains(Json.LEAD_READER_MODULE);
        assertThat(databind.getRegisteredModuleIds()).doesNotContain(Json.LEAD_READER_MODULE);
    }

    @Test
    void readsWhatDatabindReadsOnSeededRandomLeads() throws Exception {
        Map<String, Class<?>> properties = databindProperties();
        assertThat(properties).containsKeys("id", "add_time", "label_ids", "value", "is_archived");
        JavaType listType = databind.getTypeFactory().constructCollectionType(List.class, Lead.class);
        int bothRead = 0;
        int bothFailed = 0;
        for (int i = 0; i < CASES; i++) {
            String json = randomLead(properties);
            String page = "[" + json + "," + randomLead(properties) + "]";
            for (String input : List.of(json, page)) {
                Object expected = outcome(databind, input, input == json ? null : listType);
                Object actual = outcome(reader, input, input == json ? null : listType);
                assertThat(actual).as("reading %s", input).isEqualTo(expected);
                if (expected instanceof Failure) {
                    bothFailed++;
                } else {
                    bothRead++;
                }
            }
        }
        // the generator must exercise both sides of the contract, not only one
        assertThat(bothRead).isGreaterThan(CASES / 2);
        assertThat(bothFailed).isGreaterThan(CASES / 20);
    }

    @Test
    void readsTheSandboxShapeOfALead() throws Exception {
        String json = "{\"id\":\"adf21080-0e10-11eb-879b-05d71fb426ec\",\"title\":\"Jane's lead\",\"owner_id\":1,"
                      + "\"creator_id\":1,\"label_ids\":[\"f08b42a0-4e75-11ea-9643-03698ef1cfd6\"],\"person_id\":1,"
                      + "\"organization_id\":null,\"source_name\":\"API\",\"origin\":\"API\",\"origin_id\":null,"
                      + "\"channel\":null,\"channel_id\":null,\"is_archived\":false,\"was_seen\":true,"
                      + "\"value\":{\"amount\":999,\"currency\":\"USD\"},\"expected_close_date\":\"2026-12-24\","
                      + "\"next_activity_id\":null,\"add_time\":\"2026-10-11T07:42:34.325Z\","
                      + "\"update_time\":\"2026-10-11T07:42:34Z\",\"visible_to\":\"3\",\"cc_email\":\"x@pipedrivemail.com\","
                      + "\"0123456789abcdef0123456789abcdef01234567\":{\"value\":5,\"nested\":[1,2.5,\"x\",true]}}";
        Lead lead = reader.readValue(json, Lead.class);
        assertThat(lead.getTitle()).isEqualTo("Jane's lead");
        assertThat(lead.getOwnerId()).isEqualTo(1L);
        assertThat(lead.getLabelIds()).containsExactly("f08b42a0-4e75-11ea-9643-03698ef1cfd6");
        assertThat(lead.getValue()).isEqualTo(new LeadValue(BigDecimal.valueOf(999), "USD"));
        assertThat(lead.getExpectedCloseDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(lead.getAddTime()).isEqualTo(Instant.parse("2026-10-11T07:42:34.325Z"));
        assertThat(lead.isWasSeen()).isTrue();
        assertThat(lead.getCustomFields()).containsOnlyKeys("0123456789abcdef0123456789abcdef01234567");
        assertThat(outcome(reader, json, null)).isEqualTo(outcome(databind, json, null));
    }

    /** JSON name -> raw type of every property databind deserializes on Lead. */
    private Map<String, Class<?>> databindProperties() {
        BeanDescription description = databind.getDeserializationConfig()
                .introspect(databind.constructType(Lead.class));
        Map<String, Class<?>> properties = new TreeMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if ("additionalProperties".equals(property.getName())) {
                continue; // the any-getter's own field, which databind overwrites for that key (see extraKey())
            }
            if (property.hasSetter() || property.hasField() && !Modifier.isFinal(property.getField().getModifiers())) {
                properties.put(property.getName(), property.getRawPrimaryType());
            }
        }
        return properties;
    }

    // ------------------------------------------------------------------ outcome of one read

    private record Failure(String kind) {
    }

    private Object outcome(ObjectMapper mapper, String json, JavaType listType) {
        try {
            Object value = listType == null ? mapper.readValue(json, Lead.class) : mapper.readValue(json, listType);
            return describe(value);
        } catch (JsonMappingException e) {
            return new Failure("mapping");
        } catch (Exception e) {
            return new Failure(e.getClass().getSimpleName());
        }
    }

    /** Every getter of a lead, and values with their Java types (Integer vs Long, scale of a BigDecimal). */
    private static Object describe(Object value) throws Exception {
        if (value instanceof Lead lead) {
            Map<String, Object> fields = new TreeMap<>();
            for (Method getter : Lead.class.getMethods()) {
                boolean isGetter = getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class
                                   && (getter.getName().startsWith("get") || getter.getName().startsWith("is"));
                if (isGetter) {
                    fields.put(getter.getName(), describe(getter.invoke(lead)));
                }
            }
            return fields;
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((k, v) -> {
                try {
                    entries.add(List.of(String.valueOf(k), describe(v)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return List.of(map.getClass().getSimpleName(), entries);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                items.add(describe(item));
            }
            return List.of(list.getClass().getSimpleName(), items);
        }
        if (value instanceof LeadValue leadValue) {
            return List.of("LeadValue", describe(leadValue.getAmount()), String.valueOf(leadValue.getCurrency()));
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    // ------------------------------------------------------------------ seeded random JSON

    private String randomLead(Map<String, Class<?>> properties) {
        List<String> members = new ArrayList<>();
        properties.forEach((name, type) -> {
            if (random.nextInt(10) < 8) {
                members.add(member(name, valueFor(name, type)));
            }
        });
        int extras = random.nextInt(4);
        for (int i = 0; i < extras; i++) {
            members.add(member(extraKey(), anyJson(3)));
        }
        if (random.nextInt(10) == 0 && !members.isEmpty()) {
            members.add(members.get(random.nextInt(members.size()))); // a duplicated key: the last one wins
        }
        Collections.shuffle(members, random);
        if (random.nextInt(200) == 0) {
            return pick("null", "\"lead\"", "[]", "42", "{}");
        }
        return "{" + String.join(",", members) + "}";
    }

    private static String member(String name, String json) {
        return "\"" + name + "\":" + json;
    }

    private String extraKey() {
        return switch (random.nextInt(6)) {
            // not "additionalProperties": there databind overwrites the model's map field (null included)
            case 0 -> pick("ownerId", "archived", "wasSeen", "labelIds", "is_archived ");
            case 1 -> pick("customFields", "customFieldsByName");
            case 2 -> "unknown_" + random.nextInt(5);
            default -> hex40() + pick("", "_currency", "_until");
        };
    }

    private String hex40() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            key.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return key.toString();
    }

    private String valueFor(String name, Class<?> type) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return "null";
        }
        if (roll < 7) {
            return anyJson(2); // often the wrong token: both must fail, or coerce, alike
        }
        if (roll < 10) {
            return unusualValue(type);
        }
        return switch (name) {
            // the reader's own paths: values that repeat (its string cache), amounts, dates, equal timestamps
            case "source_name", "origin", "channel_id", "visible_to" -> repeatingString();
            case "owner_id", "creator_id", "channel" -> repeatingId();
            case "label_ids" -> labelIds();
            case "value" -> random.nextBoolean() ? leadValue() : usualValue(type);
            case "expected_close_date" -> random.nextBoolean() ? date() : usualValue(type);
            case "add_time", "update_time" -> random.nextBoolean() ? lastTimestamp : timestamp();
            default -> usualValue(type);
        };
    }

    // ------------------------------------------------------------------ values the reader has fast paths for

    /** Label ids, sources and currencies of a company: a few values that come back lead after lead. */
    private static final List<String> FEW = List.of("\"API\"", "\"Manually created\"", "\"ManuallyCreated\"",
            "\"3\"", "\"7\"", "\"f08b42a0-4e75-11ea-9643-03698ef1cfd6\"", "\"f08b69b0-4e75-11ea-9643-03698ef1cfd6\"",
            "\"EUR\"", "\"USD\"", "\"\"", "\"caf\\u00e9 \\\"q\\\"\"", "\"\u65e5\u672c\"");

    private String lastTimestamp = "\"2026-10-11T07:42:34.325Z\"";

    /**
     * Mostly one of a few values (the cache hits), else one of thousands (more than the cache has slots, so values
     * share slots and replace each other), or text around the longest the cache keeps.
     */
    private String repeatingString() {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return FEW.get(random.nextInt(FEW.size()));
        }
        if (roll < 9) {
            return "\"value-" + random.nextInt(5_000) + "\"";
        }
        int length = CanonicalStrings.MAX_LENGTH - 1 + random.nextInt(3);
        return "\"" + "x".repeat(length - 1) + (char) ('a' + random.nextInt(3)) + "\"";
    }

    /** User ids: a few large ones (beyond Long.valueOf's cache), thousands of others (slots shared), the extremes. */
    private String repeatingId() {
        int roll = random.nextInt(10);
        if (roll < 6) {
            return pick("12345678", "987654321", "127", "128", "-128", "-129", "9223372036854775807",
                    "-9223372036854775808");
        }
        return String.valueOf(1_000_000L + random.nextInt(5_000) * (random.nextBoolean() ? 1L : -1_000_000L));
    }

    private String labelIds() {
        List<String> ids = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            ids.add(random.nextInt(20) == 0 ? "null" : repeatingString());
        }
        return "[" + String.join(",", ids) + "]";
    }

    /** Integer amounts of every size (int, long, beyond long), negative ones, decimals; repeating currencies. */
    private String leadValue() {
        String amount = switch (random.nextInt(8)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> pick("9223372036854775807", "-9223372036854775808", "9223372036854775808",
                    "-9223372036854775809", "2147483648", "-2147483649", "0", "-0", "10", "11");
            case 3 -> "123456789012345678901234567890";
            case 4 -> pick("-1", "-250", "0.0", "12.50", "-3.25e2", "1E+3", "100000000000000000000.5");
            default -> String.valueOf(random.nextInt(1_000_000));
        };
        return "{\"amount\":" + amount + ",\"currency\":" + repeatingString() + "}";
    }

    /** Dates of the whole 0000-9999 range, the calendar's edges, and shapes that are not yyyy-MM-dd. */
    private String date() {
        if (random.nextInt(4) == 0) {
            return pick("\"2024-02-29\"", "\"2025-02-29\"", "\"2000-02-29\"", "\"1900-02-29\"", "\"2026-04-31\"",
                    "\"2026-00-10\"", "\"2026-12-32\"", "\"2026-12-00\"", "\"0000-01-01\"", "\"9999-12-31\"",
                    "\"2026-1-01\"", "\" 2026-12-24\"", "\"2026-12-24 \"", "\"2026/12/24\"", "\"+2026-12-24\"",
                    "\"2026-12-24T10:00:00\"", "\"2026-12-24T10:00:00Z\"");
        }
        return "\"" + String.format("%04d-%02d-%02d", random.nextInt(10_000), 1 + random.nextInt(12),
                1 + random.nextInt(31)) + "\"";
    }

    /** A timestamp, kept so that the next one is often the same text (a lead never updated). */
    private String timestamp() {
        long millis = random.nextLong() % 253_402_300_799_000L;
        String text = random.nextInt(4) == 0
                ? pick("2026-02-30T07:42:34.325Z", "2026-10-11T24:00:00Z", "2024-02-29T23:59:59.999Z",
                        "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00Z", "2026-10-11T07:42:34.3Z")
                : Instant.ofEpochMilli(Math.abs(millis) - (random.nextBoolean() ? 62_000_000_000_000L : 0)).toString();
        lastTimestamp = "\"" + text + "\"";
        return lastTimestamp;
    }

    /** What Pipedrive sends. */
    private String usualValue(Class<?> type) {
        if (type == String.class) {
            return pick("\"text\"", "\"\"", "\"caf\\u00e9 \\\"q\\\"\"");
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return pick(String.valueOf(random.nextInt(1_000_000)), "0", "9223372036854775807");
        }
        if (type == boolean.class || type == Boolean.class) {
            return pick("true", "false");
        }
        if (type == LeadValue.class) {
            return pick("{\"amount\":" + random.nextInt(100_000) + ",\"currency\":\"EUR\"}",
                    "{\"amount\":12.50,\"currency\":\"USD\"}", "{\"currency\":\"USD\",\"amount\":1e3}");
        }
        if (type == LocalDate.class) {
            return "\"2026-12-24\"";
        }
        if (type == Instant.class) {
            return pick("\"2026-10-11T07:42:34.325Z\"", "\"2026-10-11T07:42:34Z\"");
        }
        if (List.class.isAssignableFrom(type)) {
            return pick("[]", "[\"a\",\"b\"]");
        }
        return anyJson(2);
    }

    /** Coercible, odd or impossible tokens for the type. */
    private String unusualValue(Class<?> type) {
        if (type == String.class) {
            return pick("12", "true", "1.5", "{}", "[\"a\"]");
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return pick("-7", "92233720368547758070", "\"123\"", "\"\"", "1.0", "2.5", "\"x\"");
        }
        if (type == boolean.class || type == Boolean.class) {
            return pick("0", "1", "\"true\"", "\"no\"", "\"\"");
        }
        if (type == LeadValue.class) {
            return pick("{\"amount\":null,\"currency\":null}", "{\"amount\":\"77.1\",\"currency\":\"EUR\",\"x\":[1]}",
                    "{}", "{\"amount\":\"abc\"}", "{\"amount\":5,\"currency\":{}}", "\"5 EUR\"", "[]", "5");
        }
        if (type == LocalDate.class) {
            return pick("\"2026-02-30\"", "\"24.12.2026\"", "\"\"", "[2026,12,24]", "20261224");
        }
        if (type == Instant.class) {
            return pick("\"2026-10-11T07:42:34.3Z\"", "\"2026-10-11T07:42:34+02:00\"", "\"2026-10-11 07:42:34\"",
                    "1760168554", "\"\"");
        }
        if (List.class.isAssignableFrom(type)) {
            return pick("[\"a\",null]", "[1,2]", "[true]", "[{}]", "[[\"a\"]]", "\"a\"", "\"\"", "{}");
        }
        return anyJson(2);
    }

    private String anyJson(int depth) {
        int kinds = depth <= 0 ? 6 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> "null";
            case 1 -> pick("true", "false");
            case 2 -> String.valueOf(random.nextInt(2_000_000) - 1_000_000);
            case 3 -> pick("3.25", "-0.5", "1e2", "12345678901234567890", "4294967296");
            case 4 -> pick("\"s\"", "\"\"", "\"2026-10-11T07:42:34Z\"");
            case 5 -> pick("[]", "{}");
            case 6 -> "[" + anyJson(depth - 1) + "," + anyJson(depth - 1) + "]";
            default -> "{\"a\":" + anyJson(depth - 1) + ",\"b\":" + anyJson(depth - 1) + "}";
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
