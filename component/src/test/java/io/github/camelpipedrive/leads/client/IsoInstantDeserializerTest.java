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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelpipedrive.leads.model.Lead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component's mapper reads lead timestamps through {@link IsoInstantDeserializer}'s fast path: every string must
 * give exactly the Instant (or the error) that Jackson's own JavaTimeModule gives.
 */
class IsoInstantDeserializerTest {

    private final ObjectMapper component = Json.newMapper();
    private final ObjectMapper reference = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void pipedriveTimestampsReadAsJacksonReadsThem() throws Exception {
        Random random = new Random(20261130L);
        List<String> texts = new ArrayList<>(List.of("2026-10-11T07:42:34.325Z", "2026-10-11T07:42:34Z",
                "1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z", "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z", "2026-10-11T07:42:34.3Z", "2026-10-11T07:42:34.325123Z",
                "2026-10-11T07:42:34.325+02:00"));
        for (int i = 0; i < 2_000; i++) {
            long millis = random.nextLong() % 253_402_300_799_000L;
            texts.add(Instant.ofEpochMilli(Math.abs(millis)).toString());
        }
        for (String text : texts) {
            String json = "\"" + text + "\"";
            assertThat(component.readValue(json, Instant.class)).as(text)
                    .isEqualTo(reference.readValue(json, Instant.class));
        }
    }

    @Test
    void aLeadsTimesAreBoundThroughTheFastPath() throws Exception {
        Lead lead = component.readValue("{\"id\":\"a\",\"add_time\":\"2026-10-11T07:42:34.325Z\","
                                        + "\"update_time\":\"2026-10-11T07:42:35Z\"}", Lead.class);

        assertThat(lead.getAddTime()).isEqualTo(Instant.parse("2026-10-11T07:42:34.325Z"));
        assertThat(lead.getUpdateTime()).isEqualTo(Instant.parse("2026-10-11T07:42:35Z"));
    }

    @Test
    void invalidDatesFailAsInJackson() throws Exception {
        for (String text : List.of("2026-02-30T07:42:34.325Z", "2026-13-01T07:42:34Z", "2026-10-11T07:60:00Z",
                "2026-1x-11T07:42:34.325Z", "not a date")) {
            String json = "\"" + text + "\"";
            assertThatThrownBy(() -> reference.readValue(json, Instant.class)).as(text)
                    .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
            assertThatThrownBy(() -> component.readValue(json, Instant.class)).as(text)
                    .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        }
        // edge cases whose outcome is whatever Jackson decides: the same on both mappers
        for (String text : List.of("2026-10-11T24:00:00Z", "2026-10-11T23:59:60Z")) {
            String json = "\"" + text + "\"";
            Object expected;
            try {
                expected = reference.readValue(json, Instant.class);
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                expected = e.getClass();
            }
            Object actual;
            try {
                actual = component.readValue(json, Instant.class);
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                actual = e.getClass();
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void epochNumbersStillWork() throws Exception {
        assertThat(component.readValue("1700000000.5", Instant.class))
                .isEqualTo(reference.readValue("1700000000.5", Instant.class));
    }
}
