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
package io.github.camelpipedrive.leads.resilience;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsUsageHealthCheck;
import io.github.camelpipedrive.leads.exception.PipedriveRateLimitException;
import io.github.camelpipedrive.leads.client.UsageStatistics;
import io.github.camelpipedrive.leads.sandbox.Fault;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.RateLimitPlan;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-side throttling keeps concurrent producers within the burst window; token accounting shows what routes
 * cost, in JMX and in the health details; a spent daily budget turns the usage health check DOWN with the reason.
 */
class RateLimitAndUsageTest extends CamelTestSupport {

    private PipedriveSandbox sandbox;

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withJMX(true);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = PipedriveSandbox.builder().rateLimitPlan(RateLimitPlan.LITE).dailyTokenBudget(1_000_000).build();
        sandbox.start();
        CamelContext context = super.createCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken("sandbox-token");
        return context;
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private UsageStatistics usage() {
        return context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class).getUsageStatistics();
    }

    /** The usage check the component registered in the context's health-check registry. */
    private HealthCheck.Result usageHealth() {
        return HealthCheckRegistry.get(context).getCheck(PipedriveLeadsUsageHealthCheck.ID)
                .orElseThrow(() -> new AssertionError("usage health check not registered")).call();
    }

    @Test
    void concurrentProducersStayWithinTheBurstWindowWithoutA429() throws Exception {
        template.request("pipedrive-leads:getLeadSources", e -> { }); // learn the limit (20 per 2 s on Lite)
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(() -> template.request("pipedrive-leads:getLeadSources", e -> { }));
        }
        List<Exchange> results = new ArrayList<>();
        for (Future<Exchange> f : pool.invokeAll(calls)) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(usage().getRateLimitedResponses()).as("429 answers").isZero();
        assertThat(usage().getThrottleWaitMillis()).as("the throttle held requests back").isPositive();
    }

    @Test
    void tokensArCountedPerOperationAndShownInJmxAndHealth() throws Exception {
        template.request("pipedrive-leads:getLeadSources", e -> { });
        template.request("pipedrive-leads:getLeads", e -> { });
        template.request("pipedrive-leads:getArchivedLeads", e -> { });

        assertThat(usage().tokensByOperation()).containsEntry("getLeadSources", 2L).containsEntry("getLeads", 20L)
                .containsEntry("getArchivedLeads", 40L);
        assertThat(usage().getTokensUsed()).isEqualTo(62L).isEqualTo(sandbox.tokensCharged());
        assertThat(usage().getLastDailyTokensRemaining()).isEqualTo(1_000_000L - 62L);

        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = mbeans.queryNames(new ObjectName("org.apache.camel:type=services,*"), null);
        ObjectName usageBean = names.stream().filter(n -> n.toString().contains("UsageStatistics")).findFirst()
                .orElseThrow(() -> new AssertionError("no usage MBean among " + names));
        assertThat(mbeans.getAttribute(usageBean, "TokensUsed")).isEqualTo(62L);

        HealthCheck.Result health = usageHealth();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(health.getDetails()).containsEntry("pipedrive.tokens.used", 62L);
    }

    @Test
    void aSpentDailyBudgetIsDownWithTheReasonAndRecoversByItself() {
        sandbox.faults().failNext("getLeadSources", 1, Fault.dailyBudgetSpent());

        Exchange refused = template.request("pipedrive-leads:getLeadSources", e -> { });

        assertThat(refused.getException()).isInstanceOfSatisfying(PipedriveRateLimitException.class,
                e -> assertThat(e.isDailyBudgetExhausted()).isTrue());
        HealthCheck.Result down = usageHealth();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("daily"));

        assertThat(template.request("pipedrive-leads:getLeadSources", e -> { }).getException()).isNull();
        assertThat(usageHealth().getState()).isEqualTo(HealthCheck.State.UP);
    }
}
