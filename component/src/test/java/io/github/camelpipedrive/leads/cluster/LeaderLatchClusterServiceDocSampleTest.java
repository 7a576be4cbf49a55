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
package io.github.camelpipedrive.leads.cluster;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration sample of docs/replicas.md ("Leader election on ZooKeeper"), verbatim: it compiles against the
 * shipped class and registers the service with the context (the election itself is tested by
 * ZooKeeperLeaderElectionTest and MultiProcessFailoverTest).
 */
class LeaderLatchClusterServiceDocSampleTest {

    @Test
    void theDocumentedConfigurationRegistersTheClusterService() throws Exception {
        String podOrHostName = "lead-feed-0";
        try (CamelContext context = new DefaultCamelContext()) {
            // the service creates, starts and closes its own Curator client; the session timeout bounds how long a
            // partitioned leader can still believe it leads (it steps down after a third of it, the connection timeout)
            LeaderLatchClusterService cluster = new LeaderLatchClusterService(podOrHostName,
                    "zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181", Duration.ofSeconds(15));
            cluster.setBasePath("/camel/lead-feed");
            context.addService(cluster);                     // Spring Boot: return it from a @Bean method; Camel Main: a bean

            assertThat(context.hasService(CamelClusterService.class)).isSameAs(cluster);
            assertThat(cluster.getId()).isEqualTo(podOrHostName);
            assertThat(cluster.getBasePath()).isEqualTo("/camel/lead-feed");
            assertThat(cluster.getCurator().getZookeeperClient().getCurrentConnectionString())
                    .isEqualTo("zk-0.zk:2181,zk-1.zk:2181,zk-2.zk:2181");
        }
    }
}
