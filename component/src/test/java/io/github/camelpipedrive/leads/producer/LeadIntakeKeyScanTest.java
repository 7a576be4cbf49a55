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

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.client.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake's shortcut: a body whose bytes never mention {@code "person"} or {@code "organization"} has no such key
 * and is sent without being parsed again; any mention (a key, or only a value) takes the full path.
 */
class LeadIntakeKeyScanTest {

    private static final byte[] PERSON = "\"person\"".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aBodyWithTheKeyIsAlwaysFound() throws Exception {
        byte[] json = mapper.writeValueAsBytes(mapper.createObjectNode().put("title", "t")
                .set("person", mapper.createObjectNode().put("name", "Jane")));
        assertThat(LeadIntake.mentions(json, PERSON)).isTrue();
    }

    @Test
    void aBodyWithoutItIsNot() throws Exception {
        byte[] json = mapper.writeValueAsBytes(mapper.createObjectNode().put("title", "person of interest")
                .put("person_id", 5).put("organization_id", 7));
        assertThat(LeadIntake.mentions(json, PERSON)).isFalse();
        assertThat(LeadIntake.mentions(json, "\"organization\"".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void aMentionInsideAValueOnlyMeansTheBodyIsParsed() throws Exception {
        byte[] nested = mapper.writeValueAsBytes(mapper.createObjectNode().put("title", "t")
                .set("0123456789abcdef0123456789abcdef01234567", mapper.createObjectNode().put("person", 1)));
        // a nested key of that name: a false positive, which costs one parse and nothing else
        assertThat(LeadIntake.mentions(nested, PERSON)).isTrue();
        // quotes inside a string are escaped, so the quoted name does not appear
        byte[] quoted = mapper.writeValueAsBytes(mapper.createObjectNode().put("title", "the \"person\" field"));
        assertThat(LeadIntake.mentions(quoted, PERSON)).isFalse();
        assertThat(LeadIntake.mentions(new byte[0], PERSON)).isFalse();
    }
}
