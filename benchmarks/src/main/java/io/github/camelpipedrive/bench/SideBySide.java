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
package io.github.camelpipedrive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Pages every lead of one sandbox with Pipedrive's official Node client and with the component (its {@code allPages}
 * stream, its polling consumer and the consumer in batchMode), each side in a fresh process that pages P times (pass 1
 * cold, pass 2 warm, passes 3 and later for the steady figure once the JIT has caught up), in interleaved rounds:
 * the order of the sides rotates every round, so load that drifts over the
 * run hits every side alike; ratios are taken within a round and their median reported.
 * <p>
 * Options: {@code --leads N} (100000), {@code --rounds R} (5), {@code --passes P} (6, at least 3),
 * {@code --sides node,stream,consumer,batch},
 * {@code --node-dir DIR} (benchmarks/node-client, with node_modules installed), {@code --jvm-opts "..."} (extra
 * options of the component's JVMs), {@code --cds-archive FILE} (record an AppCDS archive of the component's classes
 * first and start every component JVM with it), {@code --out DIR} (target/side-by-side).
 * Writes {@code side-by-side.md} and {@code side-by-side.json} there.
 */
public final class SideBySide {

    private static final String TOKEN = "sandbox-token";

    private SideBySide() {
    }

    /**
     * One side's run in one round: pass 1 (cold), pass 2 (warm: the figure), the passes after it (steady: the
     * median of passes 4 and later, what is left once HotSpot's JIT has caught up; pass 3 when there are only three),
     * and the wall time from launch to the end of pass 1.
     */
    record Run(String side, int round, Map<String, Object> cold, Map<String, Object> warm,
               List<Map<String, Object>> later, double launchToColdSeconds) {
        double num(Map<String, Object> pass, String key) {
            return ((Number) pass.get(key)).doubleValue();
        }

        double leads() {
            return num(cold, "leads");
        }

        /** Leads per second from launch (process start included) to the last lead of pass 1. */
        double coldLeadsPerSecond() {
            return leads() / launchToColdSeconds;
        }

        /** Whole-process CPU from its start to the end of pass 1 (start-up, JIT, GC included), per lead. */
        double coldCpuMicrosPerLead() {
            return num(cold, "processCpuMicros") / leads();
        }

        double warmLeadsPerSecond() {
            return leads() / num(warm, "seconds");
        }

        double warmCpuMicrosPerLead() {
            return num(warm, "cpuMicros") / leads();
        }

        double steadyLeadsPerSecond() {
            return leads() / steady("seconds");
        }

        double steadyCpuMicrosPerLead() {
            return steady("cpuMicros") / leads();
        }

        /** Median of a figure over passes 4 and later (pass 3 alone when the run had three passes). */
        private double steady(String key) {
            List<Double> values = new ArrayList<>();
            for (int i = later.size() > 1 ? 1 : 0; i < later.size(); i++) {
                values.add(num(later.get(i), key));
            }
            java.util.Collections.sort(values);
            int n = values.size();
            return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        }

        long requests() {
            return (long) num(warm, "requests");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int leads = Integer.parseInt(opts.getOrDefault("leads", "100000"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
        int passes = Math.max(3, Integer.parseInt(opts.getOrDefault("passes", "6")));
        List<String> sides = Arrays.asList(opts.getOrDefault("sides", "node,stream,consumer,batch").split(","));
        Path nodeDir = Path.of(opts.getOrDefault("node-dir", "node-client")).toAbsolutePath();
        List<String> jvmOpts = new ArrayList<>(opts.containsKey("jvm-opts") && !opts.get("jvm-opts").isBlank()
                ? Arrays.asList(opts.get("jvm-opts").trim().split("\\s+")) : List.of());
        String cdsArchive = opts.get("cds-archive");
        Path out = Path.of(opts.getOrDefault("out", "target/side-by-side"));
        Files.createDirectories(out);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("startedAt", Instant.now().toString());
        report.put("loadAverageAtStart", loadAverage());
        report.put("leads", leads);
        report.put("rounds", rounds);
        report.put("passes", passes);
        report.put("jvmOpts", String.join(" ", jvmOpts));
        System.out.println("# Side by side, N = " + leads + ", " + rounds + " rounds, sides " + sides
                           + ", load average " + loadAverage());
        Process sandbox = java(List.of("-Xmx2g"), SandboxServer.class.getName(), String.valueOf(leads));
        List<Run> runs = new ArrayList<>();
        try {
            BufferedReader sandboxOut = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = sandboxOut.readLine();
            if (ready == null || !ready.startsWith("READY ")) {
                throw new IllegalStateException("sandbox did not start: " + ready);
            }
            System.out.println("# " + ready);
            String[] parts = ready.split(" ");
            String baseUrl = parts[1];
            String controlUrl = parts[2];
            if (cdsArchive != null) {
                // records the classes one run of every side loads, then every component JVM maps them at start
                Path archive = Path.of(cdsArchive).toAbsolutePath();
                Files.deleteIfExists(archive);
                List<String> record = new ArrayList<>(jvmOpts);
                record.add("-XX:ArchiveClassesAtExit=" + archive);
                Process train = java(record, SideBySideProbe.class.getName(), "train", baseUrl, TOKEN, controlUrl,
                        String.valueOf(leads), "1");
                train.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (train.waitFor() != 0 || !Files.exists(archive)) {
                    throw new IllegalStateException("recording the AppCDS archive failed");
                }
                jvmOpts.add("-XX:SharedArchiveFile=" + archive);
                report.put("jvmOpts", String.join(" ", jvmOpts));
                System.out.println("# AppCDS archive " + archive + " (" + Files.size(archive) / 1024 / 1024 + " MB)");
            }
            // one unmeasured run of every side first: the sandbox's own JIT warms up before anything counts
            for (String side : sides) {
                run(side, 0, baseUrl, controlUrl, leads, passes, nodeDir, jvmOpts);
            }
            for (int round = 1; round <= rounds; round++) {
                List<String> order = new ArrayList<>(sides);
                java.util.Collections.rotate(order, -(round - 1));
                if (round % 2 == 0) {
                    java.util.Collections.reverse(order);
                }
                for (String side : order) {
                    Run run = run(side, round, baseUrl, controlUrl, leads, passes, nodeDir, jvmOpts);
                    runs.add(run);
                    System.out.printf(Locale.ROOT, "  round %d %-8s cold %,9.0f leads/s %6.1f us/lead | warm %,9.0f"
                                                   + " leads/s %6.1f us/lead | steady %,9.0f leads/s %6.1f us/lead"
                                                   + " | %d requests%n", round, side,
                            run.coldLeadsPerSecond(), run.coldCpuMicrosPerLead(), run.warmLeadsPerSecond(),
                            run.warmCpuMicrosPerLead(), run.steadyLeadsPerSecond(), run.steadyCpuMicrosPerLead(),
                            run.requests());
                }
            }
        } finally {
            try (OutputStream stdin = sandbox.getOutputStream()) {
                stdin.flush();
            } catch (IOException ignored) {
                // already gone
            }
            if (!sandbox.waitFor(20, TimeUnit.SECONDS)) {
                sandbox.destroy();
            }
        }
        report.put("loadAverageAtEnd", loadAverage());
        report.put("finishedAt", Instant.now().toString());
        report.put("runs", runs);
        String md = SideBySideReport.render(runs, sides, report);
        Files.writeString(out.resolve("side-by-side.md"), md);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("side-by-side.json").toFile(), report);
        System.out.println(md);
    }

    private static Run run(String side, int round, String baseUrl, String controlUrl, int leads, int passCount,
                           Path nodeDir, List<String> jvmOpts) throws Exception {
        List<String> args = List.of(baseUrl, TOKEN, controlUrl, String.valueOf(leads), String.valueOf(passCount));
        long launched = System.nanoTime();
        Process process;
        if ("node".equals(side)) {
            List<String> cmd = new ArrayList<>(List.of("node", nodeDir.resolve("page-all.js").toString()));
            cmd.addAll(args);
            process = new ProcessBuilder(cmd).directory(nodeDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } else {
            List<String> probeArgs = new ArrayList<>();
            probeArgs.add(side);
            probeArgs.addAll(args);
            process = java(jvmOpts, SideBySideProbe.class.getName(), probeArgs.toArray(String[]::new));
        }
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> passes = new ArrayList<>();
        double launchToCold = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("PASS ")) {
                    if (passes.isEmpty()) {
                        launchToCold = (System.nanoTime() - launched) / 1e9;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> pass = json.readValue(line.substring(5), LinkedHashMap.class);
                    passes.add(pass);
                } else {
                    System.out.println("    " + side + ": " + line);
                }
            }
        }
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0 || passes.size() != passCount) {
            throw new IllegalStateException(side + " failed (exit " + (process.isAlive() ? "none"
                    : process.exitValue()) + ", " + passes.size() + " passes)");
        }
        return new Run(side, round, passes.get(0), passes.get(1), passes.subList(2, passes.size()), launchToCold);
    }

    /** Starts a child JVM on this JVM's class path; stderr goes to ours. */
    static Process java(List<String> jvmArgs, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" 1?[0-9]+/")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
