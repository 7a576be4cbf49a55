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
package io.github.camelpipedrive.leads.cluster.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.cluster.LeaderLatchClusterService;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.state.JdbcStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.KillSession;
import org.postgresql.ds.PGPoolingDataSource;

/**
 * One replica of {@link MultiProcessFailoverTest}, in its own JVM: a CamelContext with the shipped
 * {@link LeaderLatchClusterService} (its own Curator client) and a {@code master:} feed route whose cursor is in
 * PostgreSQL through {@link JdbcStateRepository}. It runs until it is killed.
 * <p>
 * Files it writes in the output directory, one line per event, each forced to disk:
 * <ul>
 * <li>{@code <id>.delivered}: {@code <epoch-millis> <lead id>}, written before the exchange completes (before the
 * cursor is saved);</li>
 * <li>{@code <id>.requests}: {@code <epoch-millis> <L|F> <method> <path>} for every HTTP request it sends to
 * Pipedrive, L when its cluster view said it led at that moment;</li>
 * <li>{@code <id>.events}: {@code <epoch-millis> LEADER|FOLLOWER} at every leadership change.</li>
 * </ul>
 * When the test writes a line to its standard input, it expires its own ZooKeeper session (the process keeps running), as
 * a network partition from ZooKeeper would.
 * <p>
 * Arguments: id zkConnectString sessionTimeoutMillis postgresPort tableName baseUrl apiToken outputDir
 */
public final class FailoverNodeMain {

    static final String NAMESPACE = "pipedrive-leads-mp";

    private FailoverNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        String zk = args[1];
        int sessionMillis = Integer.parseInt(args[2]);
        int pgPort = Integer.parseInt(args[3]);
        String table = args[4];
        String baseUrl = args[5];
        String apiToken = args[6];
        Path dir = Path.of(args[7]);

        FileChannel delivered = open(dir.resolve(id + ".delivered"));
        FileChannel requests = open(dir.resolve(id + ".requests"));
        FileChannel events = open(dir.resolve(id + ".events"));

        LeaderLatchClusterService cluster = new LeaderLatchClusterService(id, zk, Duration.ofMillis(sessionMillis));
        cluster.setBasePath("/camel/pipedrive-leads-mp");
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(2);
        context.addService(cluster);
        CamelClusterView view = cluster.getView(NAMESPACE);
        view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> {
            boolean local = leader != null && leader.isLocal();
            append(events, System.currentTimeMillis() + (local ? " LEADER" : " FOLLOWER"));
        });

        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken(apiToken);
        component.getConfiguration().setHttpClientConfigurer(builder -> builder.addRequestInterceptorFirst(
                (request, entity, httpContext) -> append(requests, System.currentTimeMillis()
                        + (view.getLocalMember().isLeader() ? " L " : " F ") + request.getMethod() + " "
                        + request.getPath())));

        @SuppressWarnings("deprecation")
        PGPoolingDataSource pool = new PGPoolingDataSource();
        pool.setDataSourceName(id + "-" + ProcessHandle.current().pid());
        pool.setServerNames(new String[] {"localhost"});
        pool.setPortNumbers(new int[] {pgPort});
        pool.setDatabaseName("postgres");
        pool.setUser("postgres");
        pool.setMaxConnections(4);
        context.getRegistry().bind("cursorStore", new JdbcStateRepository(pool, table));

        context.start();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":pipedrive-leads:getLeads?startFrom=beginning&pageSize=25&delay=20"
                     + "&initialDelay=0&stateRepository=#cursorStore&stateKey=mp-failover-feed")
                        .routeId("feed-" + id)
                        .process(e -> append(delivered, System.currentTimeMillis() + " "
                                                        + e.getMessage().getBody(Lead.class).getId()));
            }
        });
        System.out.println("@@STARTED");
        System.out.flush();

        // blocks until the test writes a line to this process's standard input (or closes it by killing us)
        if (new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                .readLine() == null) {
            return;
        }
        // the server ends this session; Curator reports SUSPENDED/LOST and the latch steps down, the JVM lives on
        KillSession.kill(cluster.getCurator().getZookeeperClient().getZooKeeper());
        System.out.println("@@PARTITIONED");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** One write per line, forced to disk, so a SIGKILL cannot lose a line that was written. */
    private static void append(FileChannel out, String line) {
        synchronized (out) {
            try {
                ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
