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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.github.camelpipedrive.leads.cluster.FeedNode.Delivery;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Leader election on Kubernetes Leases (camel-kubernetes' cluster service) against the Kubernetes API emulation the
 * fabric8 client ships for tests (kubernetes-server-mock in CRUD mode: Pods and Leases are stored and updated like on
 * a real API server). Two replicas ("pods") share the JDBC cursor on embedded PostgreSQL: one leads and polls, the
 * other sends nothing; when the leader stops, the other takes over the lease and continues from the shared cursor.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesLeaderElectionTest {

    private static final String K8S_NAMESPACE = "leads";
    private static final Map<String, String> LABELS = Map.of("app", "lead-feed");

    static KubernetesClient client;
    static KubernetesMockServer server;

    private PipedriveSandbox sandbox;
    private final List<FeedNode> nodes = new ArrayList<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (FeedNode node : nodes) {
            node.close();
        }
        sandbox.close();
    }

    @Test
    void onlyTheLeaseHolderPollsAndTheOtherPodTakesOverFromTheSharedCursor() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(sandbox.createLead("Before failover " + i, 1, null));
        }
        FeedNode pod1 = pod("pod-1").start();
        FeedNode pod2 = pod("pod-2").start();
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered().containsAll(ids));
        FeedNode leader = pod1.isLeader() ? pod1 : pod2;
        FeedNode follower = leader == pod1 ? pod2 : pod1;
        assertThat(follower.isLeader()).isFalse();
        assertThat(follower.requests.get()).as("requests of the follower").isZero();
        assertThat(client.leases().inNamespace(K8S_NAMESPACE).list().getItems()).isNotEmpty();

        // the leader's pod goes away, as after a crash or a rollout
        leader.close();
        client.pods().inNamespace(K8S_NAMESPACE).withName(leader.id).delete();
        for (int i = 0; i < 12; i++) {
            ids.add(sandbox.createLead("After failover " + i, 1, null));
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> delivered().containsAll(ids));
        assertThat(follower.isLeader()).isTrue();
        follower.close();

        Map<String, Long> counts = deliveries.stream()
                .collect(Collectors.groupingBy(Delivery::leadId, Collectors.counting()));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counts.values().stream().mapToLong(c -> c - 1).sum()).as("duplicates").isLessThanOrEqualTo(1);
        // every request the sandbox saw came from a pod; the pods may count one more: a poll in flight when the
        // leader was closed can be aborted after the pod counted it and before it reached the sandbox
        int sent = pod1.requests.get() + pod2.requests.get();
        assertThat(sandbox.requestCount()).isBetween(sent - 1, sent);
    }

    private FeedNode pod(String name) throws Exception {
        // the pod must exist, running and ready, with the cluster labels: the service's members are such pods
        client.pods().inNamespace(K8S_NAMESPACE).resource(new PodBuilder().withNewMetadata().withName(name)
                .withNamespace(K8S_NAMESPACE).withLabels(LABELS).endMetadata()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                .endCondition().endStatus().build()).create();
        KubernetesConfiguration configuration = new KubernetesConfiguration();
        // a client per pod, as each process has its own: stopping a cluster service closes its client
        configuration.setKubernetesClient(server.createClient());
        KubernetesClusterService cluster = new KubernetesClusterService(configuration);
        cluster.setId(name);
        cluster.setPodName(name);
        cluster.setKubernetesResourcesNamespace(K8S_NAMESPACE);
        cluster.setClusterLabels(LABELS);
        cluster.setLeaseResourceType(LeaseResourceType.Lease);
        cluster.setKubernetesResourceName("lead-feed-leaders");
        // short lease so the test is quick; production keeps the defaults (15 s lease, 10 s renew deadline)
        cluster.setLeaseDurationMillis(3000);
        cluster.setRenewDeadlineMillis(2000);
        cluster.setRetryPeriodMillis(300);
        JdbcStateRepository store = new JdbcStateRepository(
                PooledPostgres.dataSource(PooledPostgres.shared(), name), "k8s_test_state");
        FeedNode node = new FeedNode(name, cluster, store, sandbox, deliveries);
        nodes.add(node);
        return node;
    }

    private Set<String> delivered() {
        return deliveries.stream().map(Delivery::leadId).collect(Collectors.toSet());
    }
}
