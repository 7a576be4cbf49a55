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
package io.github.camelpipedrive.leads.management;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What JMX shows of pipedrive-leads endpoints configured with an apiToken in the URI: no token anywhere (names and
 * string attributes), and names of the endpoints and of the usage statistics that are the same in every context
 * (no identity hash), so monitoring can address them by name across restarts.
 */
class StableJmxNamesTest {

    private static final String TOKEN = "jmx-secret-token-4711";
    private static final Pattern IDENTITY_HASH = Pattern.compile("\\(0x[0-9a-f]+\\)|[?&]id=");

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private PipedriveSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void endpointAndUsageNamesCarryNoTokenNoHashAndAreTheSameInTwoContexts() throws Exception {
        Set<String> first = runAndCollectNames();
        Set<String> second = runAndCollectNames();

        Set<String> stable = pipedriveNames(first);
        assertThat(stable).contains(
                "org.apache.camel:context=jmx-names,type=endpoints,name=\"pipedrive-leads://addLead\\?apiToken=xxxxxx&baseUrl="
                + sandbox.baseUrl() + "\"",
                "org.apache.camel:context=jmx-names,type=services,name=\"UsageStatistics(pipedrive-leads)\"");
        assertThat(stable).filteredOn(n -> n.contains("type=endpoints")).hasSize(2);
        assertThat(stable).allSatisfy(n -> assertThat(n).doesNotContainPattern(IDENTITY_HASH));
        assertThat(pipedriveNames(second)).isEqualTo(stable);
        assertThat(first).allSatisfy(n -> assertThat(n).doesNotContain(TOKEN));
    }

    /** Starts a context with a pipedrive-leads consumer and producer, and returns every MBean name it registered. */
    private Set<String> runAndCollectNames() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("jmx-names");
        String options = "apiToken=" + TOKEN + "&baseUrl=" + sandbox.baseUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?" + options + "&delay=600000").routeId("feed").to("mock:leads");
                from("direct:add").routeId("add").to("pipedrive-leads:addLead?" + options);
            }
        });
        context.start();
        try {
            Set<String> names = new TreeSet<>();
            for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:context=jmx-names,*"), null)) {
                names.add(name.toString());
                assertNoTokenInStringAttributes(name);
            }
            return names;
        } finally {
            context.stop();
        }
    }

    private void assertNoTokenInStringAttributes(ObjectName name) throws Exception {
        for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
            if (attribute.isReadable() && String.class.getName().equals(attribute.getType())) {
                Object value;
                try {
                    value = server.getAttribute(name, attribute.getName());
                } catch (Exception notReadableNow) {
                    continue;
                }
                assertThat(String.valueOf(value)).as("%s %s", name, attribute.getName()).doesNotContain(TOKEN);
            }
        }
    }

    /** The names that belong to the component: its endpoints and its usage statistics. */
    private static Set<String> pipedriveNames(Set<String> names) {
        Set<String> ours = new TreeSet<>();
        for (String name : names) {
            if (name.contains("pipedrive-leads:") || name.contains("UsageStatistics")) {
                ours.add(name);
            }
        }
        return ours;
    }
}
