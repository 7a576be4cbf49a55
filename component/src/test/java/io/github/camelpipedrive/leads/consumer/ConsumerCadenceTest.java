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

import io.github.camelpipedrive.leads.producer.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default cadence when Pipedrive does not report its daily budget (the sandbox without a budget sends no daily
 * headers): the smallest budget, 30,000 tokens, is assumed.
 */
class ConsumerCadenceTest extends SandboxConsumerTestSupport {

    private static final String CONSUMER_LOG = "io.github.camelpipedrive.leads.consumer";

    @Test
    void anUnsetDelayKeepsIdlePollingWithinTenPercentOfTheFallbackBudget() throws Exception {
        PipedriveLeadsConsumer consumer = feed("");

        // 20 tokens x 86,400 s / (0.10 x 30,000) = 576 s: 3,000 tokens a day
        assertThat(consumer.isAdaptiveDelay()).isTrue();
        assertThat(consumer.getDelay()).isEqualTo(576_000);
    }

    @Test
    void includeArchivedCountsTheArchivedRequestInTheIdleCost() throws Exception {
        PipedriveLeadsConsumer consumer = feed("includeArchived=true");

        // (20 + 40) tokens x 86,400 s / (0.10 x 30,000) = 1,728 s
        assertThat(consumer.getDelay()).isEqualTo(1_728_000);
    }

    @Test
    void pollBudgetShareScalesTheCadence() throws Exception {
        PipedriveLeadsConsumer consumer = feed("pollBudgetShare=0.5");

        assertThat(consumer.getDelay()).isEqualTo(115_200);
    }

    @Test
    void anExplicitDelayIsHonouredWithOneWarningWithTheFigures() throws Exception {
        try (LogCapture log = LogCapture.of(Level.INFO, CONSUMER_LOG)) {
            PipedriveLeadsConsumer consumer = feed("delay=60000");
            consumer.poll();
            consumer.poll();

            assertThat(consumer.isAdaptiveDelay()).isFalse();
            assertThat(consumer.getDelay()).isEqualTo(60_000);
            assertThat(log.events()).filteredOn(e -> e.startsWith("WARN")).singleElement().asString()
                    .contains("60000 ms").contains("28800 tokens a day").contains("96 %")
                    .contains("30000 tokens").contains("pollBudgetShare (10 %)");
        }
    }

    @Test
    void anExplicitDelayWithinTheShareIsNotWarnedAbout() throws Exception {
        try (LogCapture log = LogCapture.of(Level.INFO, CONSUMER_LOG)) {
            PipedriveLeadsConsumer consumer = feed("delay=600000");

            assertThat(consumer.getDelay()).isEqualTo(600_000);
            assertThat(log.events()).noneMatch(e -> e.startsWith("WARN"));
        }
    }

    @Test
    void anInvalidShareFailsAtStartNamingTheOption() {
        assertThatThrownBy(() -> feed("pollBudgetShare=1.5"))
                .hasStackTraceContaining("Invalid pollBudgetShare: must be more than 0 and at most 1");
    }
}
