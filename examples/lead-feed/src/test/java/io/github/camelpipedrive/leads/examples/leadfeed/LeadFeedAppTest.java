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
package io.github.camelpipedrive.leads.examples.leadfeed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick-start example, run in-process against the embedded sandbox (an empty environment). */
class LeadFeedAppTest {

    @Test
    void createsLeadsAndConsumesEachOnceThenExits() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LeadFeedApp.Summary summary = LeadFeedApp.run(new LeadFeedApp.Options(false, 7, false, Duration.ofSeconds(30)),
                Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(summary.created()).isEqualTo(7);
        assertThat(summary.consumed()).isEqualTo(7);
        assertThat(summary.consumedOfCreated()).isEqualTo(7);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Using the embedded Pipedrive sandbox at http://127.0.0.1:")
                .contains("Summary: created 7 leads, consumed 7 leads (sandbox)");
    }

    @Test
    void refusesHalfAConfiguration() {
        assertThatThrownBy(() -> LeadFeedApp.run(new LeadFeedApp.Options(false, 1, false, Duration.ofSeconds(5)),
                Map.of("PIPEDRIVE_API_TOKEN", "x"), System.out))
                .hasMessageContaining("Set both PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN");
    }

    @Test
    void parsesItsArguments() {
        LeadFeedApp.Options options = LeadFeedApp.Options.parse(new String[] { "--follow", "--leads", "3", "--keep" });
        assertThat(options.follow()).isTrue();
        assertThat(options.leads()).isEqualTo(3);
        assertThat(options.keep()).isTrue();
        assertThatThrownBy(() -> LeadFeedApp.Options.parse(new String[] { "--nope" }))
                .hasMessageContaining("unknown argument --nope");
    }
}
