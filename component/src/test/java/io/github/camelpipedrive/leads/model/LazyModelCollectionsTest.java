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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collections of {@link ExtensibleModel} and {@link Lead} are created on first use, and nothing else about them
 * changed: getters never return null, what they return is live and mutable, the any-setter and any-getter read and
 * write extra properties, and the JSON written is byte for byte what it was with collections created eagerly.
 */
class LazyModelCollectionsTest {

    /** A lead with nothing set, as the component wrote it before (captured from the eager models). */
    private static final String EMPTY_LEAD = "{\"id\":null,\"title\":null,\"owner_id\":null,\"creator_id\":null,"
            + "\"label_ids\":[],\"person_id\":null,\"organization_id\":null,\"source_name\":null,\"origin\":null,"
            + "\"origin_id\":null,\"channel\":null,\"channel_id\":null,\"source_deal_id\":null,\"is_archived\":false,"
            + "\"was_seen\":false,\"value\":null,\"expected_close_date\":null,\"next_activity_id\":null,"
            + "\"add_time\":null,\"update_time\":null,\"visible_to\":null,\"cc_email\":null}";

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void gettersOfANewLeadGiveLiveMutableCollections() {
        Lead lead = new Lead();

        assertThat(lead.getLabelIds()).isEmpty();
        assertThat(lead.getCustomFieldsByName()).isEmpty();
        assertThat(lead.getAdditionalProperties()).isEmpty();
        lead.getLabelIds().add("label");
        lead.getCustomFieldsByName().put("Budget", 5);
        lead.getAdditionalProperties().put("0123456789abcdef0123456789abcdef01234567", 5);

        assertThat(lead.getLabelIds()).containsExactly("label").isSameAs(lead.getLabelIds());
        assertThat(lead.getCustomFieldsByName()).containsEntry("Budget", 5).isSameAs(lead.getCustomFieldsByName());
        assertThat(lead.getAdditionalProperties()).isSameAs(lead.getAdditionalProperties());
        assertThat(lead.customField("0123456789abcdef0123456789abcdef01234567")).isEqualTo(5);
        assertThat(lead.getCustomFields()).containsOnlyKeys("0123456789abcdef0123456789abcdef01234567");
    }

    @Test
    void settersKeepTheirCollectionsAndTurnNullIntoEmpty() {
        Lead lead = new Lead();
        List<String> labels = new ArrayList<>(List.of("a"));
        Map<String, Object> byName = new LinkedHashMap<>(Map.of("Budget", 5));
        lead.setLabelIds(labels);
        lead.setCustomFieldsByName(byName);

        assertThat(lead.getLabelIds()).isSameAs(labels);
        assertThat(lead.getCustomFieldsByName()).isSameAs(byName);

        lead.setLabelIds(null);
        lead.setCustomFieldsByName(null);
        assertThat(lead.getLabelIds()).isEmpty();
        assertThat(lead.getCustomFieldsByName()).isEmpty();
        lead.getLabelIds().add("b");
        lead.getCustomFieldsByName().put("Stage", "won");
        assertThat(lead.getLabelIds()).containsExactly("b");
        assertThat(lead.getCustomFieldsByName()).containsExactly(Map.entry("Stage", "won"));
    }

    @Test
    void writtenJsonIsWhatItWasWithAndWithoutExtraProperties() throws Exception {
        Lead lead = new Lead();
        assertThat(mapper.writeValueAsString(lead)).isEqualTo(EMPTY_LEAD);
        lead.getCustomFieldsByName().put("Budget", 5); // never written
        assertThat(mapper.writeValueAsString(lead)).isEqualTo(EMPTY_LEAD);

        lead.getAdditionalProperties().put("added", List.of(1)); // a put through the getter is written
        lead.setAdditionalProperty("p", null);
        lead.getLabelIds().add("L");
        assertThat(mapper.writeValueAsString(lead)).isEqualTo(EMPTY_LEAD.replace("\"label_ids\":[]",
                "\"label_ids\":[\"L\"]").replace("}", ",\"added\":[1],\"p\":null}"));

        String read = "{\"id\":\"x\",\"label_ids\":[\"a\"],\"0123456789abcdef0123456789abcdef01234567\":5,"
                      + "\"zz\":{\"k\":[1,null]}}";
        assertThat(mapper.writeValueAsString(mapper.readValue(read, Lead.class))).isEqualTo(EMPTY_LEAD
                .replace("\"id\":null", "\"id\":\"x\"").replace("\"label_ids\":[]", "\"label_ids\":[\"a\"]")
                .replace("}", ",\"0123456789abcdef0123456789abcdef01234567\":5,\"zz\":{\"k\":[1,null]}}"));
        assertThat(mapper.writeValueAsString(mapper.readValue("{\"label_ids\":[]}", Lead.class)))
                .isEqualTo(EMPTY_LEAD);
    }

    @Test
    void everyExtensibleModelReadsAndWritesItsExtraProperties() throws Exception {
        List<Class<? extends ExtensibleModel>> models = List.of(Lead.class, Person.class, Organization.class,
                Note.class, LeadField.class, ContactDetail.class, ContactReference.class, ContactSearchItem.class,
                ContactSearchResult.class, LeadSearchResult.Item.class);
        for (Class<? extends ExtensibleModel> type : models) {
            ExtensibleModel plain = mapper.readValue("{}", type);
            ExtensibleModel extra = mapper.readValue("{\"x\":1,\"y\":[true]}", type);
            String plainJson = mapper.writeValueAsString(plain);

            assertThat(plain.getAdditionalProperties()).as(type.getSimpleName()).isEmpty();
            assertThat(extra.getAdditionalProperties()).as(type.getSimpleName())
                    .containsExactly(Map.entry("x", 1), Map.entry("y", List.of(true)));
            assertThat(plainJson).as(type.getSimpleName()).doesNotContain("\"x\"");
            assertThat(mapper.writeValueAsString(extra)).as(type.getSimpleName())
                    .isEqualTo(plainJson.substring(0, plainJson.length() - 1) + ",\"x\":1,\"y\":[true]}");
            plain.getAdditionalProperties().put("x", 2);
            assertThat(mapper.writeValueAsString(plain)).as(type.getSimpleName()).endsWith(",\"x\":2}");
        }
    }

    @Test
    void threadsAskingAtOnceGetTheSameCollection() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                Lead lead = new Lead();
                assertOneInstance(fromThreads(pool, lead, Lead::getLabelIds), lead.getLabelIds());
                assertOneInstance(fromThreads(pool, lead, Lead::getCustomFieldsByName), lead.getCustomFieldsByName());
                assertOneInstance(fromThreads(pool, lead, Lead::getAdditionalProperties),
                        lead.getAdditionalProperties());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneInstance(List<Object> instances, Object afterwards) {
        assertThat(instances).hasSize(1);
        assertThat(instances.get(0)).isSameAs(afterwards);
    }

    /** The distinct instances (by identity) four threads, released together, get from a getter. */
    private static List<Object> fromThreads(ExecutorService pool, Lead lead, Function<Lead, Object> getter)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Callable<Object> task = () -> {
                start.await();
                return getter.apply(lead);
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        List<Object> distinct = new ArrayList<>();
        for (Future<Object> result : results) {
            Object value = result.get(30, TimeUnit.SECONDS);
            if (distinct.stream().noneMatch(seen -> seen == value)) {
                distinct.add(value);
            }
        }
        return distinct;
    }
}
