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
package io.github.camelpipedrive.leads.consumer.crash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.state.CrashSafeFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The consumer process of {@link ConsumerKillNineTest}: a CamelContext with one {@code pipedrive-leads:getLeads} route
 * over the crash-safe store, which appends each delivered lead id to an output file (forced to disk per line) before
 * the exchange completes, i.e. before the consumer saves its cursor. It runs until it is killed.
 * <p>
 * Protocol on stdout, for the test to time its kills: {@code @@STARTED} once the route runs, and
 * {@code @@BEGIN <id> <slow|fast>} as each exchange starts. Slow exchanges (about one in four, chosen from the lead id
 * and the seed) take 150 ms, so that kills land while an exchange is in flight.
 * <p>
 * Arguments: baseUrl apiToken stateFile outputFile seed
 */
public final class CrashConsumerMain {

    private CrashConsumerMain() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String apiToken = args[1];
        Path stateFile = Path.of(args[2]);
        Path output = Path.of(args[3]);
        long seed = Long.parseLong(args[4]);

        FileChannel out = FileChannel.open(output, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        CamelContext context = new DefaultCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiToken(apiToken);
        context.getRegistry().bind("cursor", CrashSafeFileStateRepository.crashSafeFileStateRepository(stateFile));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startFrom=beginning&pageSize=25&delay=20&initialDelay=0"
                     + "&stateRepository=#cursor")
                        .routeId("crash-feed")
                        .process(e -> {
                            String id = e.getMessage().getBody(Lead.class).getId();
                            boolean slow = Math.floorMod(id.hashCode() ^ Long.hashCode(seed), 4) == 0;
                            marker("@@BEGIN " + id + (slow ? " slow" : " fast"));
                            if (slow) {
                                // simulates a slow route (a downstream call), so kills land mid-exchange
                                Thread.sleep(150);
                            }
                            appendLine(out, id);
                        });
            }
        });
        context.start();
        marker("@@STARTED");
        new CountDownLatch(1).await();
    }

    private static synchronized void marker(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** One write per line, forced to disk, so a delivered lead is on record before its cursor is saved. */
    private static void appendLine(FileChannel out, String id) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            out.write(line);
        }
        out.force(false);
    }
}
