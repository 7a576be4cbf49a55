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
package io.github.camelpipedrive.leads.springboot;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PipedriveLeadsComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    PipedriveLeadsComponentAutoConfiguration.class));

    @Test
    void bindsCamelComponentPipedriveLeadsProperties() {
        runner.withPropertyValues(
                "camel.component.pipedrive-leads.api-token=t0ken",
                "camel.component.pipedrive-leads.company-domain=acme",
                "camel.component.pipedrive-leads.response-timeout=1234",
                "camel.component.pipedrive-leads.max-rate-limit-retries=7",
                "camel.component.pipedrive-leads.max-rate-limit-wait=2500",
                "camel.component.pipedrive-leads.feed=updated",
                "camel.component.pipedrive-leads.health-check-consumer-enabled=false")
            .run(context -> {
                PipedriveLeadsComponent component = context.getBean(CamelContext.class)
                        .getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
                PipedriveLeadsConfiguration configuration = component.getConfiguration();
                assertThat(configuration.getApiToken()).isEqualTo("t0ken");
                assertThat(configuration.getCompanyDomain()).isEqualTo("acme");
                assertThat(configuration.getResponseTimeout()).isEqualTo(1234);
                assertThat(configuration.getMaxRateLimitRetries()).isEqualTo(7);
                assertThat(configuration.getMaxRateLimitWait()).isEqualTo(2500L);
                assertThat(configuration.getFeed()).isEqualTo(LeadFeed.UPDATED);
                assertThat(component.isHealthCheckConsumerEnabled()).isFalse();
                // unset options keep the component's defaults
                assertThat(configuration.getConnectTimeout()).isEqualTo(30000);
                assertThat(configuration.getStartFrom()).isEqualTo("now");
            });
    }

    @Test
    void enabledFalseLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.pipedrive-leads.enabled=false",
                "camel.component.pipedrive-leads.api-token=t0ken")
            .run(context -> {
                assertThat(context).doesNotHaveBean(PipedriveLeadsComponentAutoConfiguration.class);
                PipedriveLeadsComponent component = context.getBean(CamelContext.class)
                        .getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
                assertThat(component.getConfiguration().getApiToken()).isNull();
            });
    }

    @Test
    void publishesConfigurationMetadataForIdeCompletion() throws Exception {
        String json;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"name\": \"camel.component.pipedrive-leads.api-token\"")
                .contains("\"name\": \"camel.component.pipedrive-leads.company-domain\"")
                .contains("\"name\": \"camel.component.pipedrive-leads.max-rate-limit-retries\"")
                .contains("\"name\": \"camel.component.pipedrive-leads.enabled\"")
                .contains("The Pipedrive API token");
    }
}
