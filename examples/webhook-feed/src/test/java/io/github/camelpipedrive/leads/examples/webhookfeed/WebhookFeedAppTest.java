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
package io.github.camelpipedrive.leads.examples.webhookfeed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook-feed example, run in-process against the embedded sandbox with 30 % of deliveries dropped. */
class WebhookFeedAppTest {

    @Test
    void everyLeadArrivesOnceByPushOrBackfill() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WebhookFeedApp.Summary summary = WebhookFeedApp.run(new WebhookFeedApp.Options(12, 0.3, false,
                Duration.ofSeconds(60)), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(summary.created()).isEqualTo(12);
        assertThat(summary.delivered()).isEqualTo(12);
        assertThat(summary.eachOnce()).isTrue();
        assertThat(summary.byPush() + summary.byBackfill()).isEqualTo(12);
        // the seeded drops can only arrive by backfill; how many pushes win the race against the first backfill
        // poll depends on the machine (a cold JVM may let the backfill deliver them all)
        assertThat(summary.byBackfill()).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Summary: created 12 leads, delivered 12");
    }

    @Test
    void parsesItsArguments() {
        WebhookFeedApp.Options options = WebhookFeedApp.Options.parse(new String[] { "--leads", "3", "--drop", "0" });
        assertThat(options.leads()).isEqualTo(3);
        assertThat(options.drop()).isZero();
        assertThatThrownBy(() -> WebhookFeedApp.Options.parse(new String[] { "--nope" }))
                .hasMessageContaining("unknown argument --nope");
    }
}
