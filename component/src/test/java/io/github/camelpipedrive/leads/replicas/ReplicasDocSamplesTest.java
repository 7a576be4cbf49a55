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
package io.github.camelpipedrive.leads.replicas;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of docs/replicas.md, compiled and checked here: the Java samples build what they say, and every key of
 * the Camel Main properties samples binds onto the class it names (a misspelt option fails the test).
 */
class ReplicasDocSamplesTest {

    @Test
    void javaSamplesBuildTheRouteTheStoreAndTheClusterService() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            DataSource dataSource = new PGSimpleDataSource();
            JdbcStateRepository cursorStore = new JdbcStateRepository(dataSource);   // or (dataSource, "my_schema.lead_state")
            context.getRegistry().bind("cursorStore", cursorStore);

            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("master:lead-feed:pipedrive-leads:getLeads?stateRepository=#cursorStore&stateKey=crm-feed&delay=30000")
                        .to("direct:newLead");
                }
            });
            assertThat(((org.apache.camel.model.ModelCamelContext) context).getRouteDefinitions()).hasSize(1);

            KubernetesClusterService cluster = new KubernetesClusterService();
            cluster.setLeaseResourceType(LeaseResourceType.Lease);
            cluster.setKubernetesResourceName("lead-feed-leaders");           // the Lease is named <this>-<master: namespace>
            cluster.setClusterLabels(Map.of("app", "lead-feed"));             // labels of the Deployment's pods
            cluster.setPodName(System.getenv("POD_NAME"));                    // downward API, see below
            // defaults: leaseDurationMillis 15000, renewDeadlineMillis 10000, retryPeriodMillis 2000
            context.addService(cluster);
            assertThat(context.hasService(KubernetesClusterService.class)).isNotNull();
        }
    }

    @Test
    void jdbcPropertiesBindOntoTheirClasses() throws Exception {
        Map<String, Object> beans = bindBeans("/docs/replicas-jdbc.properties");
        assertThat(beans.get("cursorStore")).isInstanceOf(JdbcStateRepository.class);
        assertThat(((PGSimpleDataSource) beans.get("leadsDb")).getUser()).isEqualTo("camel");
    }

    @Test
    void kubernetesPropertiesBindOntoTheClusterService() throws Exception {
        KubernetesClusterService cluster = (KubernetesClusterService) bindBeans("/docs/replicas-kubernetes.properties")
                .get("cluster");
        assertThat(cluster.getLeaseResourceType()).isEqualTo(LeaseResourceType.Lease);
        assertThat(cluster.getKubernetesResourceName()).isEqualTo("lead-feed-leaders");
        assertThat(cluster.getClusterLabels()).containsEntry("app", "lead-feed");
    }

    /** camel.beans.X = #class:Y creates Y; camel.beans.X.p = v binds p with Camel's property binding. */
    private static Map<String, Object> bindBeans(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ReplicasDocSamplesTest.class.getResourceAsStream(resource)) {
            properties.load(in);
        }
        Map<String, Object> beans = new LinkedHashMap<>();
        try (CamelContext context = new DefaultCamelContext()) {
            for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
                String name = key.substring("camel.beans.".length());
                if (!name.contains(".")) {
                    String type = properties.getProperty(key).substring("#class:".length());
                    Object bean = Class.forName(type).getDeclaredConstructor().newInstance();
                    beans.put(name, bean);
                    context.getRegistry().bind(name, bean);
                }
            }
            for (String key : properties.stringPropertyNames()) {
                String name = key.substring("camel.beans.".length());
                int dot = name.indexOf('.');
                if (dot > 0) {
                    // placeholders such as {{env:POD_NAME}} are resolved by Camel Main at run time
                    String value = properties.getProperty(key).replaceAll("\\{\\{[^}]*}}", "from-placeholder");
                    boolean bound = PropertyBindingSupport.build().withCamelContext(context)
                            .withTarget(beans.get(name.substring(0, dot)))
                            .withProperty(name.substring(dot + 1), value).withMandatory(true).bind();
                    assertThat(bound).as(key).isTrue();
                }
            }
        }
        return beans;
    }
}
