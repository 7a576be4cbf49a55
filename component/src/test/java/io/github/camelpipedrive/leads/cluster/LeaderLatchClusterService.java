package io.github.camelpipedrive.leads.cluster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel cluster service on ZooKeeper that steps down when its ZooKeeper connection is suspended or its session
 * expires: leader election with Curator's {@link LeaderLatch} recipe, whose listener says "not leader" as soon as the
 * connection is SUSPENDED or LOST and re-enters the election after RECONNECTED.
 * <p>
 * Why not camel-zookeeper's {@code ZooKeeperClusterService} (4.18.0): when a leader's session expires (a network
 * partition), its view interrupts the Curator leadership but then asks ZooKeeper who leads, which fails without a
 * session, so no "leadership lost" event reaches {@code master:}; the deposed node keeps polling and delivering next
 * to the new leader until it is restarted, and it never rejoins the election. {@code ZooKeeperLeaderElectionTest}
 * showed it (30 s of two nodes delivering). This class is a drop-in for {@code master:} routes: bind it as the
 * context's cluster service instead.
 */
public class LeaderLatchClusterService extends AbstractCamelClusterService<LeaderLatchClusterService.LatchView> {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderLatchClusterService.class);

    private final CuratorFramework curator;
    private String basePath = "/camel/cluster";

    /** @param curator a started Curator client; its session timeout bounds how long a partitioned leader leads */
    public LeaderLatchClusterService(String id, CuratorFramework curator) {
        super(id);
        this.curator = curator;
    }

    /** The ZooKeeper path under which each namespace gets its election node. */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
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
