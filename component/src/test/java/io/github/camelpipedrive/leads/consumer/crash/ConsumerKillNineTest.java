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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer survives kill -9. The sandbox runs in this JVM; the consumer ({@link CrashConsumerMain}, over the
 * crash-safe store) runs in a child JVM that is killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at
 * seeded-random moments, a third of them while a slow exchange is in flight and a third as soon as a cursor save has
 * begun, and restarted, while writer threads create, delete, archive, unarchive and update leads through the sandbox's
 * HTTP API. The consumer runs with {@code includeArchived=false}, so the leads it owes are those present and active
 * at the end that were never archived (a lead archived before the consumer reached it is not owed by that setting).
 * <p>
 * Asserted: no owed lead is missing, at most one extra delivery per kill (the exchange in flight), and nothing is
 * delivered that was never created. The figures are printed to the test output.
 */
class ConsumerKillNineTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsumerKillNineTest.class);

    private static final long SEED = 20261130L;
    private static final int KILLS = 20;
    private static final int WRITERS = 2;
    private static final int OPS_PER_WRITER_PER_CYCLE = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private PipedriveSandbox sandbox;
    private Child child;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> created = new CopyOnWriteArrayList<>();
    private final Set<String> everArchived = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stopAll() {
        if (child != null) {
            child.process.destroyForcibly();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void killNineAtRandomMomentsLosesNothingAndRepeatsAtMostTheExchangeInFlight() throws Exception {
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
        Path stateFile = dir.resolve("cursor.json");
        Path tempFile = dir.resolve("cursor.json.tmp");
        Path output = dir.resolve("delivered.txt");
        Random random = new Random(SEED);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        int killsInFlight = 0;
        int killsDuringSave = 0;
        int lineCountBefore = 0;
        long started = System.nanoTime();
        long startupNanos = 0;

        for (int cycle = 0; cycle < KILLS; cycle++) {
            long launched = System.nanoTime();
            child = Child.launch(dir, cycle, sandbox, stateFile, output);
            child.awaitStarted();
            startupNanos += System.nanoTime() - launched;
            List<Future<?>> batch = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random writerRandom = new Random(SEED * 31 + cycle * WRITERS + w);
                batch.add(writers.submit(() -> writeSome(writerRandom)));
            }
            switch (cycle % 3) {
                case 0 -> TimeUnit.MILLISECONDS.sleep(100 + random.nextInt(900)); // a kill at a random moment
                case 1 -> {
                    // while a slow exchange is in flight
                    child.awaitSlowExchange(Duration.ofSeconds(10));
                    TimeUnit.MILLISECONDS.sleep(random.nextInt(60));
                }
                default -> {
                    // as soon as a cursor save has begun (its temporary file exists)
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!Files.exists(tempFile) && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                }
            }
            child.killNine();
            if (Files.exists(tempFile)) {
                killsDuringSave++;
            }
            List<String> lines = deliveredLines(output);
            String lastBegun = child.lastBegun();
            if (lastBegun != null && !lines.subList(lineCountBefore, lines.size()).contains(lastBegun)) {
                killsInFlight++;
            }
            lineCountBefore = lines.size();
            for (Future<?> f : batch) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        writers.shutdown();

        Set<String> owed = new HashSet<>(sandbox.activeLeadIds());
        owed.removeAll(everArchived);
        child = Child.launch(dir, KILLS, sandbox, stateFile, output);
        child.awaitStarted();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> new HashSet<>(deliveredLines(output)).containsAll(owed));
        child.killNine();

        List<String> lines = deliveredLines(output);
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(id -> counts.merge(id, 1, Integer::sum));
        int duplicates = lines.size() - counts.size();
        Set<String> missing = new HashSet<>(owed);
        missing.removeAll(counts.keySet());
        Set<String> neverCreated = new HashSet<>(counts.keySet());
        neverCreated.removeAll(created);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        LOG.info(String.format("kill -9 test: %d kills each followed by a restart (%d with an exchange in flight, %d during"
                          + " a cursor save), %d leads created, %d owed at the end, %d delivered (%d distinct),"
                          + " %d duplicates, %d missing, %d never created, %d s (consumer JVM start to route"
                          + " running: %d ms on average)", KILLS, killsInFlight, killsDuringSave,
                created.size(), owed.size(), lines.size(), counts.size(), duplicates, missing.size(),
                neverCreated.size(), seconds, TimeUnit.NANOSECONDS.toMillis(startupNanos) / KILLS));

        assertThat(missing).as("owed leads never delivered").isEmpty();
        assertThat(neverCreated).as("delivered but never created").isEmpty();
        assertThat(duplicates).as("extra deliveries; at most one per kill").isLessThanOrEqualTo(KILLS);
        assertThat(killsInFlight).as("kills that hit an exchange in flight").isPositive();
    }

    /** A few random operations through the HTTP API: mostly creates, some deletes, archives, unarchives, updates. */
    private void writeSome(Random random) {
        for (int i = 0; i < OPS_PER_WRITER_PER_CYCLE; i++) {
            int op = random.nextInt(10);
            if (op < 6 || created.size() < 10) {
                String body = "{\"title\":\"kill-test " + random.nextInt(1_000_000) + "\",\"person_id\":"
                              + (1 + random.nextInt(5)) + "}";
                String response = send("POST", "/v1/leads", body);
                if (response != null) {
                    created.add(idOf(response));
                }
                continue;
            }
            String victim = created.get(random.nextInt(created.size()));
            switch (op) {
                case 6 -> send("DELETE", "/v1/leads/" + victim, null);
                case 7 -> {
                    everArchived.add(victim); // before the request: the consumer may see it archived at once
                    send("PATCH", "/v1/leads/" + victim, "{\"is_archived\":true}");
                }
                case 8 -> send("PATCH", "/v1/leads/" + victim, "{\"is_archived\":false}");
                default -> send("PATCH", "/v1/leads/" + victim, "{\"title\":\"updated " + i + "\"}");
            }
        }
    }

    private static String idOf(String response) {
        try {
            return JSON.readTree(response).path("data").path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("not a lead: " + response, e);
        }
    }

    /** The response body of a 2xx, null otherwise (a lead deleted meanwhile answers 404). */
    private String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("x-api-token", sandbox.apiToken()).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? response.body() : null;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Complete lines of the output file (a line cut by the kill is not a delivery). */
    private static List<String> deliveredLines(Path output) throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    /** The consumer JVM and the markers it prints. */
    private static final class Child {
        final Process process;
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final Thread reader;
        volatile String lastBegun;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "crash-consumer-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        static Child launch(Path dir, int run, PipedriveSandbox sandbox, Path stateFile, Path output)
                throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dlog4j2.configurationFile=crash-consumer-log4j2.xml",
                    "-cp", System.getProperty("java.class.path"), CrashConsumerMain.class.getName(),
                    sandbox.baseUrl(), sandbox.apiToken(), stateFile.toString(), output.toString(),
                    Long.toString(SEED));
            builder.redirectError(dir.resolve("consumer-" + run + ".err").toFile());
            return new Child(builder.start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("@@BEGIN ")) {
                        lastBegun = line.split(" ")[1];
                    }
                    events.add(line);
                }
            } catch (IOException endOfProcess) {
                // the process was killed
            }
        }

        void awaitStarted() throws InterruptedException {
            awaitEvent("@@STARTED", Duration.ofSeconds(60));
        }

        void awaitSlowExchange(Duration atMost) throws InterruptedException {
            events.clear();
            long deadline = System.nanoTime() + atMost.toNanos();
            String event;
            while ((event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (event.startsWith("@@BEGIN ") && event.endsWith(" slow")) {
                    return;
                }
            }
        }

        private void awaitEvent(String prefix, Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            String event;
            while ((event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (event.startsWith(prefix)) {
                    return;
                }
            }
            throw new AssertionError("the consumer process did not print " + prefix + " within " + atMost
                                     + " (alive: " + process.isAlive() + ")");
        }

        /** SIGKILL on Linux; waits until the process is gone and its output is read. */
        void killNine() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }

        String lastBegun() {
            return lastBegun;
        }
    }
}
