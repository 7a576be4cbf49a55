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

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default cadence learns the company's daily budget from x-daily-ratelimit-token-limit: here the first start
 * (startFrom=now) asks the server for the newest lead, and that answer carries the header.
 */
class ConsumerCadenceReportedBudgetTest extends SandboxConsumerTestSupport {

    @Override
    protected PipedriveSandbox.Builder sandboxBuilder() {
        // e.g. Growth (x2) with 5 seats: 30,000 x 2 x 5
        return PipedriveSandbox.builder().dailyTokenBudget(300_000);
    }

    @Test
    void anUnsetDelayIsDerivedFromTheReportedDailyBudget() throws Exception {
        PipedriveLeadsConsumer consumer = feed("");

        // 20 tokens x 86,400 s / (0.10 x 300,000) = 57.6 s
        assertThat(consumer.getDelay()).isEqualTo(57_600);
        assertThat(context.getComponent("pipedrive-leads", io.github.camelpipedrive.leads.PipedriveLeadsComponent.class)
                .getUsageStatistics().getLastDailyTokenLimit()).isEqualTo(300_000);
    }
}
