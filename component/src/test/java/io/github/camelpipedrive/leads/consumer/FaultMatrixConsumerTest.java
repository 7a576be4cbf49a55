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
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import io.github.camelpipedrive.leads.sandbox.Fault;
import org.apache.camel.CamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer's fault-injection matrix against the sandbox: the first list request of a poll meets the fault. Either
 * the poll is retried internally and delivers everything, or it fails with the expected exception, delivers nothing
 * and leaves the cursor; the next poll then delivers every lead exactly once.
 */
class FaultMatrixConsumerTest extends SandboxConsumerTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveLeadsConfiguration c = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class)
                .getConfiguration();
        c.setRetryInitialDelay(10);
        c.setRetryMaxDelay(20);
        c.setResponseTimeout(300);
        return context;
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("429 burst", (Supplier<Fault>) () -> Fault.tooManyRequests(1), null),
                Arguments.of("429 daily budget", (Supplier<Fault>) Fault::dailyBudgetSpent,
                        PipedriveRateLimitException.class),
                Arguments.of("500", (Supplier<Fault>) () -> Fault.status(500), PipedriveApiException.class),
                Arguments.of("502", (Supplier<Fault>) () -> Fault.status(502), null),
                Arguments.of("503", (Supplier<Fault>) () -> Fault.status(503), null),
                Arguments.of("504", (Supplier<Fault>) () -> Fault.status(504), null),
                Arguments.of("connection dropped", (Supplier<Fault>) Fault::dropConnection, null),
                Arguments.of("read timeout", (Supplier<Fault>) () -> Fault.latency(Duration.ofMillis(800)), null),
                Arguments.of("malformed JSON", (Supplier<Fault>) Fault::malformedJson, PipedriveLeadsException.class),
                Arguments.of("truncated body", (Supplier<Fault>) Fault::truncatedBody, null),
                Arguments.of("HTML 403", (Supplier<Fault>) () -> Fault.status(403).htmlBlock(),
                        PipedriveApiException.class),
                Arguments.of("401", (Supplier<Fault>) () -> Fault.status(401), PipedriveApiException.class),
                Arguments.of("402", (Supplier<Fault>) () -> Fault.status(402), PipedriveApiException.class),
                Arguments.of("404", (Supplier<Fault>) () -> Fault.status(404), PipedriveApiException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void noLeadIsLostOrDeliveredTwiceAcrossTheFault(String name, Supplier<Fault> fault,
            Class<? extends Exception> failure) throws Exception {
        List<String> ids = createLeads(5);
        PipedriveLeadsConsumer consumer = feed("startFrom=beginning");
        sandbox.faults().failNext("getLeads", 1, fault.get());

        if (failure == null) {
            assertThat(consumer.poll()).as("%s is retried within the poll", name).isEqualTo(5);
        } else {
            assertThatThrownBy(consumer::poll).as(name).isInstanceOf(failure)
                    .hasMessageNotContaining("sandbox-token");
            assertThat(delivered).isEmpty();
            assertThat(consumer.poll()).isEqualTo(5);
        }
        assertThat(consumer.poll()).isZero();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
    }
}
