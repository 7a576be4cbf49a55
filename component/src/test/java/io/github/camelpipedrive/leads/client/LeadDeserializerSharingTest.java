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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.model.Lead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link LeadDeserializer} does to allocate less per lead: one instance for the strings and ids that repeat
 * from lead to lead (and only for those), one Instant for equal timestamps, integer amounts from the parsed long, no list for
 * {@code label_ids: []}. Values are checked against databind by {@code LeadDeserializerEquivalenceTest}.
 */
class LeadDeserializerSharingTest {

    private static final TypeReference<List<Lead>> LEADS = new TypeReference<>() {
    };

    private final ObjectMapper reader = Json.newMapper();
    private final ObjectMapper databind = Json.newDatabindMapper();

    @Test
    void repeatingValuesAreOneInstanceUniqueOnesAreNot() throws Exception {
        String lead = "{\"id\":\"46ee9d82-b52c-456d-aa61-6abe17610c9a\",\"title\":\"Renewal\",\"cc_email\":\"a@b.c\","
                      + "\"owner_id\":12345678,\"creator_id\":12345679,\"channel\":5000,\"person_id\":12345678,"
                      + "\"source_name\":\"Manually created\",\"origin\":\"ManuallyCreated\",\"channel_id\":\"ads\","
                      + "\"visible_to\":\"3\",\"value\":{\"amount\":5,\"currency\":\"EUR\"},"
                      + "\"label_ids\":[\"f08b42a1-4e75-11ea-9643-03698ef1cfd6\",\"EUR\"]}";
        List<Lead> leads = reader.readValue(("[" + lead + "," + lead + "]").getBytes(StandardCharsets.UTF_8), LEADS);
        Lead first = leads.get(0);
        Lead second = leads.get(1);

        assertThat(second.getSourceName()).isEqualTo("Manually created").isSameAs(first.getSourceName());
        assertThat(second.getOrigin()).isEqualTo("ManuallyCreated").isSameAs(first.getOrigin());
        assertThat(second.getChannelId()).isEqualTo("ads").isSameAs(first.getChannelId());
        assertThat(second.getVisibleTo()).isEqualTo("3").isSameAs(first.getVisibleTo());
        assertThat(second.getValue().getCurrency()).isEqualTo("EUR").isSameAs(first.getValue().getCurrency());
        assertThat(second.getOwnerId()).isEqualTo(12_345_678L).isSameAs(first.getOwnerId());
        assertThat(second.getCreatorId()).isEqualTo(12_345_679L).isSameAs(first.getCreatorId());
        assertThat(second.getChannel()).isEqualTo(5_000L).isSameAs(first.getChannel());
        assertThat(second.getLabelIds()).containsExactly("f08b42a1-4e75-11ea-9643-03698ef1cfd6", "EUR");
        assertThat(second.getLabelIds().get(0)).isSameAs(first.getLabelIds().get(0));
        assertThat(second.getLabelIds().get(1)).isSameAs(first.getValue().getCurrency()); // one cache per reader
        // unique per lead: cached, they would only push the repeating values out
        assertThat(second.getId()).isEqualTo(first.getId()).isNotSameAs(first.getId());
        assertThat(second.getTitle()).isEqualTo(first.getTitle()).isNotSameAs(first.getTitle());
        assertThat(second.getCcEmail()).isEqualTo(first.getCcEmail()).isNotSameAs(first.getCcEmail());
        assertThat(second.getPersonId()).isEqualTo(first.getPersonId()).isNotSameAs(first.getPersonId());
    }

    @Test
    void equalTimestampsAreOneInstant() throws Exception {
        Lead same = reader.readValue("{\"add_time\":\"2026-10-11T07:42:34.325Z\","
                                     + "\"update_time\":\"2026-10-11T07:42:34.325Z\"}", Lead.class);
        Lead updateFirst = reader.readValue("{\"update_time\":\"2026-10-11T07:42:34Z\","
                                            + "\"add_time\":\"2026-10-11T07:42:34.000Z\"}", Lead.class);
        Lead different = reader.readValue("{\"add_time\":\"2026-10-11T07:42:34.325Z\","
                                          + "\"update_time\":\"2026-10-11T07:42:34.326Z\"}", Lead.class);

        assertThat(same.getUpdateTime()).isSameAs(same.getAddTime());
        assertThat(updateFirst.getAddTime()).isSameAs(updateFirst.getUpdateTime());
        assertThat(different.getUpdateTime()).isAfter(different.getAddTime());
    }

    @Test
    void integerAmountsAreWhatDatabindReads() throws Exception {
        for (String amount : List.of("0", "-0", "1", "10", "11", "-1", "-250", "43000", "2147483647", "2147483648",
                "-2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                "-9223372036854775809", "123456789012345678901234567890", "-123456789012345678901234567890",
                "12.50", "-0.5", "1e3", "1E+3")) {
            String json = "{\"value\":{\"amount\":" + amount + ",\"currency\":\"EUR\"}}";
            BigDecimal expected = databind.readValue(json, Lead.class).getValue().getAmount();
            BigDecimal actual = reader.readValue(json, Lead.class).getValue().getAmount();

            assertThat(actual).as(amount).isEqualTo(expected); // BigDecimal.equals: the same scale too
            assertThat(actual.scale()).as(amount).isEqualTo(expected.scale());
        }
        assertThat(reader.readValue("{\"value\":{\"amount\":-9223372036854775808,\"currency\":\"EUR\"}}", Lead.class)
                .getValue().getAmount()).isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
    }

    @Test
    void noLabelsGiveAnEmptyListThatTakesLabels() throws Exception {
        Lead lead = reader.readValue("{\"label_ids\":[]}", Lead.class);

        assertThat(lead.getLabelIds()).isEmpty();
        lead.getLabelIds().add("f08b42a1-4e75-11ea-9643-03698ef1cfd6");
        assertThat(lead.getLabelIds()).containsExactly("f08b42a1-4e75-11ea-9643-03698ef1cfd6");
        // the last of a duplicated key wins, an empty one too
        assertThat(reader.readValue("{\"label_ids\":[\"a\"],\"label_ids\":[]}", Lead.class).getLabelIds()).isEmpty();
        List<String> three = reader.readValue("{\"label_ids\":[\"a\",\"b\",\"c\"]}", Lead.class).getLabelIds();
        three.add("d");
        assertThat(three).containsExactly("a", "b", "c", "d");
    }
}
