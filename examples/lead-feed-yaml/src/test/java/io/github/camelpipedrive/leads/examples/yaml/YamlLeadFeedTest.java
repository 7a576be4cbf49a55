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
package io.github.camelpipedrive.leads.examples.yaml;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.main.Main;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the YAML routes and application.properties of this example against the embedded sandbox. */
class YamlLeadFeedTest {

    @Test
    void yamlRoutesCreateAndConsumeLeads() throws Exception {
        Main main = new Main();
        main.addOverrideProperty("camel.main.duration-max-seconds", "0");
        List<String> consumed = new CopyOnWriteArrayList<>();
        try (PipedriveSandbox sandbox = YamlLeadFeedApp.sandboxUnlessConfigured(main, Map.of(), System.out)) {
            main.start();
            main.getCamelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(org.apache.camel.spi.CamelEvent event) {
                    if (event instanceof ExchangeCompletedEvent done && "lead-feed".equals(done.getExchange().getFromRouteId())) {
                        consumed.add(done.getExchange().getMessage().getHeader("CamelPipedriveLeadsId", String.class));
                    }
                }
            });
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumed.size() >= 5);
            assertThat(sandbox.activeLeadCount()).isEqualTo(5);
            assertThat(consumed).hasSize(5).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(sandbox.activeLeadIds());
            assertThat(sandbox.leadJson(consumed.get(0)).orElseThrow()).contains("Lead-feed YAML demo");
        } finally {
            main.stop();
        }
    }
}
