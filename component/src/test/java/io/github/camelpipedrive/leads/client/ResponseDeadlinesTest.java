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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The response deadline without a scheduled task per request: a request still in flight past its deadline is
 * aborted and marked expired; a finished one is never aborted and leaves nothing behind.
 */
class ResponseDeadlinesTest {

    @Test
    void abortsOnlyRequestsStillInFlightPastTheirDeadline() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext();
             ResponseDeadlines deadlines = new ResponseDeadlines(50, camel, this)) {
            AtomicInteger finishedCancels = new AtomicInteger();
            AtomicInteger hangingCancels = new AtomicInteger();
            ResponseDeadlines.InFlight finished = deadlines.start(() -> {
                finishedCancels.incrementAndGet();
                return true;
            });
            deadlines.finish(finished);
            // registered after the finished one, so its deadline is later: when it is aborted, the scan that
            // aborted it would have aborted the finished one too had it still been registered
            ResponseDeadlines.InFlight hanging = deadlines.start(() -> {
                hangingCancels.incrementAndGet();
                return true;
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> hangingCancels.get() == 1);

            assertThat(hanging.expired()).isTrue();
            assertThat(finished.expired()).isFalse();
            assertThat(finishedCancels.get()).isZero();
            deadlines.finish(hanging);
            assertThat(deadlines.inFlightCount()).isZero();
        }
    }

    @Test
    void finishedRequestsLeaveNothingBehind() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext();
             ResponseDeadlines deadlines = new ResponseDeadlines(120_000, camel, this)) {
            for (int i = 0; i < 10_000; i++) {
                deadlines.finish(deadlines.start(() -> true));
            }
            assertThat(deadlines.inFlightCount()).isZero();
        }
    }
}
