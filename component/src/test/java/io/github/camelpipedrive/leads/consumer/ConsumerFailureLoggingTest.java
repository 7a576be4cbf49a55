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
package io.github.camelpipedrive.leads.consumer;

import java.util.List;

import io.github.camelpipedrive.leads.producer.LogCapture;
import io.github.camelpipedrive.leads.sandbox.Fault;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll that keeps failing (here: 401) logs its first failure as one line with the cause, then stays quiet until the
 * state changes, and backs off meanwhile (the endpoint's default backoff).
 */
class ConsumerFailureLoggingTest extends SandboxConsumerTestSupport {

    @Test
    void aFailingPollIsLoggedOnceWithoutStackTraceThenOnRecoveryAndBacksOff() throws Exception {
        List<String> ids = createLeads(2);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        sandbox.faults().failNext(".*/leads.*", 5, Fault.status(401));
        sandbox.resetRequestLog();
        int runs = 0;
        try (LogCapture log = LogCapture.of(Level.INFO, "io.github.camelpipedrive", "org.apache.camel")) {
            while (delivered.size() < 2 && runs < 50) {
                consumer.run();
                runs++;
            }

            List<String> warnings = log.events().stream().filter(e -> e.startsWith("WARN") || e.startsWith("ERROR"))
                    .toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("401").doesNotContain("sandbox-token").doesNotContain("\tat ");
            assertThat(log.text()).doesNotContain("\tat ");
            assertThat(log.events()).filteredOn(e -> e.startsWith("INFO") && e.contains("recovered")).hasSize(1);
        }

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
        // 5 failed polls and 1 successful one; the polls skipped by the backoff sent nothing
        assertThat(sandbox.requestCount()).isEqualTo(6);
        assertThat(runs).isGreaterThan(6);
    }
}
