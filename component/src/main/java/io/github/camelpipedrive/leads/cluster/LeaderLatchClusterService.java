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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.Participant;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel cluster service on ZooKeeper for {@code master:} routes (and cluster route policies) that steps down when
 * its ZooKeeper connection is suspended or its session expires: leader election with Curator's {@link LeaderLatch}
 * recipe, whose listener says "not leader" as soon as the connection is SUSPENDED or LOST and re-enters the election
 * after RECONNECTED.
 * <p>
 * <b>Why the component ships it.</b> camel-zookeeper's {@code ZooKeeperClusterService} (4.18.0) does not report a
 * leadership loss when the leader's session expires (a network partition, a long GC pause): its view interrupts the
 * Curator leadership but then asks ZooKeeper who leads, which fails without a session, so no "leadership lost" event
 * reaches {@code master:}. The deposed node keeps polling Pipedrive and delivering next to the new leader until it is
 * restarted, and it never rejoins the election ({@code ZooKeeperLeaderElectionTest} showed 30 s of two nodes
 * delivering). With this service a partitioned leader stops within the Curator connection timeout, before its
 * session expires on the server and another node is elected.
 * <p>
 * <b>Dependencies.</b> Curator is an optional dependency of the component: add {@code org.apache.curator:curator-recipes}
 * (5.9.0, the Curator camel-zookeeper 4.18.0 brings) or {@code camel-zookeeper} to the application. Bind the service
 * as the context's cluster service instead of {@code ZooKeeperClusterService}; see docs/replicas.md.
 */
public class LeaderLatchClusterService extends AbstractCamelClusterService<LeaderLatchClusterService.LatchView> {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderLatchClusterService.class);

    private final CuratorFramework curator;
    /** Whether this service created the Curator client (then it starts and closes it). */
    private final boolean ownsCurator;
    private String basePath = "/camel/cluster";

    /**
     * Uses a Curator client the application manages (started before this service starts, closed after it stops).
     *
     * @param id      this node's id in the election (a pod or host name)
     * @param curator the Curator client; its session timeout bounds how long a partitioned leader leads
     */
    public LeaderLatchClusterService(String id, CuratorFramework curator) {
        super(id);
        this.curator = curator;
        this.ownsCurator = false;
    }

    /**
     * Creates its own Curator client, started with this service and closed when it stops.
     *
     * @param id             this node's id in the election (a pod or host name)
     * @param connectString  the ZooKeeper ensemble, e.g. {@code zk-0:2181,zk-1:2181,zk-2:2181}
     * @param sessionTimeout the ZooKeeper session timeout: how long after a partition another node may be elected;
     *                       the connection timeout (when this node steps down) is a third of it
     */
    public LeaderLatchClusterService(String id, String connectString, Duration sessionTimeout) {
        super(id);
        int session = Math.toIntExact(sessionTimeout.toMillis());
        this.curator = CuratorFrameworkFactory.builder().connectString(connectString).sessionTimeoutMs(session)
                .connectionTimeoutMs(Math.max(1, session / 3)).retryPolicy(new ExponentialBackoffRetry(200, 10))
                .build();
        this.ownsCurator = true;
    }

    /** The ZooKeeper path under which each namespace gets its election node. */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public String getBasePath() {
        return basePath;
    }

    /** The Curator client the elections run on. */
    public CuratorFramework getCurator() {
        return curator;
    }

    @Override
    protected void doStart() throws Exception {
        if (ownsCurator) {
            curator.start();
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        try {
            super.doStop();
        } finally {
            if (ownsCurator) {
                curator.close();
            }
        }
    }

    @Override
    protected LatchView createView(String namespace) {
        return new LatchView(namespace);
    }

    /** One namespace's election. */
    public final class LatchView extends AbstractCamelClusterView {
        private final Member local = new Member(getId(), true);
        private volatile LeaderLatch latch;

        LatchView(String namespace) {
            super(LeaderLatchClusterService.this, namespace);
        }

        @Override
        protected void doStart() throws Exception {
            LeaderLatch created = new LeaderLatch(curator, basePath + "/" + getNamespace(), getId(),
                    LeaderLatch.CloseMode.NOTIFY_LEADER);
            created.addListener(new LeaderLatchListener() {
                @Override
                public void isLeader() {
                    LOG.info("{} leads {}", getId(), getNamespace());
                    fireLeadershipChangedEvent(local);
                }

                @Override
                public void notLeader() {
                    // SUSPENDED, LOST or closed: step down now, before the session expires on the server
                    LOG.info("{} no longer leads {}", getId(), getNamespace());
                    fireLeadershipChangedEvent((CamelClusterMember) null);
                }
            });
            latch = created;
            created.start();
        }

        @Override
        protected void doStop() throws Exception {
            LeaderLatch current = latch;
            latch = null;
            if (current != null) {
                current.close();
            }
        }

        @Override
        public CamelClusterMember getLocalMember() {
            return local;
        }

        @Override
        public Optional<CamelClusterMember> getLeader() {
            LeaderLatch current = latch;
            if (current == null) {
                return Optional.empty();
            }
            try {
                Participant leader = current.getLeader();
                return leader.isLeader() ? Optional.of(member(leader)) : Optional.empty();
            } catch (Exception unreachable) {
                return Optional.empty();
            }
        }

        @Override
        public List<CamelClusterMember> getMembers() {
            LeaderLatch current = latch;
            if (current == null) {
                return List.of();
            }
            try {
                Collection<Participant> participants = current.getParticipants();
                return participants.stream().map(this::member).toList();
            } catch (Exception unreachable) {
                return List.of();
            }
        }

        private CamelClusterMember member(Participant p) {
            return p.getId().equals(getId()) ? local : new Member(p.getId(), false);
        }

        /** A member; the local one is leader exactly while Curator says this node holds the latch. */
        private final class Member implements CamelClusterMember {
            private final String id;
            private final boolean isLocal;

            Member(String id, boolean isLocal) {
                this.id = id;
                this.isLocal = isLocal;
            }

            @Override
            public boolean isLeader() {
                if (isLocal) {
                    LeaderLatch current = latch;
                    return current != null && current.hasLeadership();
                }
                return getLeader().map(l -> l.getId().equals(id)).orElse(false);
            }

            @Override
            public boolean isLocal() {
                return isLocal;
            }

            @Override
            public String getId() {
                return id;
            }
        }
    }
}
