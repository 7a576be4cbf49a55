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

import java.time.Duration;
import java.time.Instant;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.producer.LogCapture;
import io.github.camelpipedrive.leads.sandbox.MutableClock;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PollFailureLogTest {

    private static final String LOGGER = "test.poll-failure-log";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final PollFailureLog failures = new PollFailureLog(LoggerFactory.getLogger(LOGGER), "pipedrive-leads/new",
            clock);

    @Test
    void logsTheFirstFailureAChangeAnHourlySummaryAndTheRecoveryNothingElse() {
        try (LogCapture log = LogCapture.of(Level.INFO, LOGGER)) {
            RuntimeException unauthorized = new PipedriveLeadsException("HTTP 401 unauthorized access\nsecond line");
            failures.failed(unauthorized);
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofMinutes(5));
                failures.failed(unauthorized);
            }
            assertThat(log.events()).hasSize(1);
            assertThat(log.events().get(0)).startsWith("WARN").contains("HTTP 401 unauthorized access second line")
                    .doesNotContain("\tat ");

            clock.advance(Duration.ofMinutes(10));
            failures.failed(unauthorized);
            assertThat(log.events()).hasSize(2);
            assertThat(log.events().get(1)).startsWith("WARN").contains("12 failed polls");

            failures.failed(new PipedriveLeadsException("HTTP 503 maintenance"));
            assertThat(log.events()).hasSize(3);
            assertThat(log.events().get(2)).startsWith("WARN").contains("now with").contains("503");

            failures.succeeded();
            failures.succeeded();
            assertThat(log.events()).hasSize(4);
            assertThat(log.events().get(3)).startsWith("INFO").contains("recovered after 13 failed polls");

            failures.failed(unauthorized);
            assertThat(log.events()).hasSize(5);
            assertThat(log.events().get(4)).startsWith("WARN").contains("Polling pipedrive-leads/new failed");
        }
    }
}
