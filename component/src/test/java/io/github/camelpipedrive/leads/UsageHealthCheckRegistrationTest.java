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
package io.github.camelpipedrive.leads;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage health check is registered when the component starts and unregistered when it stops, and honours
 * camel.health.enabled, camel.health.exclude-pattern and the component's health-check enable flags.
 */
class UsageHealthCheckRegistrationTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private PipedriveLeadsComponent component() {
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setApiToken("token");
        return component;
    }

    private HealthCheckRegistry registry() {
        return HealthCheckRegistry.get(context);
    }

    @Test
    void registeredWhileTheComponentRunsAndUnregisteredWhenItStops() {
        PipedriveLeadsComponent component = component();
        context.start();

        HealthCheck check = registry().getCheck(PipedriveLeadsUsageHealthCheck.ID).orElseThrow();
        assertThat(check).isInstanceOf(PipedriveLeadsUsageHealthCheck.class);
        assertThat(check.isEnabled()).isTrue();
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        component.stop();
        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID)).isEmpty();

        component.start();
        assertThat(registry().stream().filter(c -> c.getId().startsWith("pipedrive-leads-usage")))
                .as("one check after a restart").hasSize(1);
    }

    @Test
    void disabledOnlyWhenBothConsumerAndProducerHealthChecksAreOff() {
        PipedriveLeadsComponent component = component();
        component.setHealthCheckConsumerEnabled(false);
        component.setHealthCheckProducerEnabled(false);
        context.start();

        HealthCheck check = registry().getCheck(PipedriveLeadsUsageHealthCheck.ID).orElseThrow();
        assertThat(check.isEnabled()).isFalse();
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UNKNOWN);

        component.stop();
        component.setHealthCheckProducerEnabled(true);
        component.start();
        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void notRegisteredWhenHealthChecksAreDisabled() {
        component();
        registry().setEnabled(false); // camel.health.enabled=false
        context.start();

        registry().setEnabled(true);
        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID)).isEmpty();
    }

    @Test
    void notRegisteredWhenTheExcludePatternMatches() {
        component();
        registry().setExcludePattern("pipedrive-leads-*"); // camel.health.exclude-pattern
        context.start();

        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID)).isEmpty();
    }

    @Test
    void aComponentAddedUnderAnotherNameHasItsOwnCheck() {
        component();
        PipedriveLeadsComponent eu = new PipedriveLeadsComponent();
        context.addComponent("pipedrive-eu", eu);
        context.start();

        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID)).isPresent();
        assertThat(registry().getCheck(PipedriveLeadsUsageHealthCheck.ID + "-pipedrive-eu")).isPresent();
    }
}
