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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark in one run: (1) producer overhead with JMH, component versus a hand-written client, 1 and 8
 * callers, throughput and latency percentiles; (2) consumer ingest, (3) idle polls and (4) streaming all pages,
 * each in a {@code -Xmx64m} child JVM against the sandbox in another JVM, for every N given. Writes
 * {@code results.json}, {@code results.md} and JMH's JSON files to the output directory.
 * <p>
 * Options: {@code --out DIR} (default {@code target/results}), {@code --leads 10000,100000},
 * {@code --idle-polls 200}, {@code --warmup 3x2} and {@code --measure 3x3} (iterations x seconds),
 * {@code --threads 1,8}, {@code --ab-rounds 6}, {@code --ab-slice 1} (seconds), {@code --skip-producer},
 * {@code --skip-ab}, {@code --skip-consumer}, {@code --consumer-heap 64m}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path outDir = Path.of(opts.getOrDefault("out", "target/results"));
        Files.createDirectories(outDir);
        long started = System.nanoTime();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", machine());
        results.put("loadBefore", loadAverage());
        results.put("startedAt", Instant.now().toString());

        if (!opts.containsKey("skip-producer")) {
            results.put("producer", producer(opts, outDir));
        }
        if (!opts.containsKey("skip-ab")) {
            String threads = opts.getOrDefault("threads", "1,8");
            System.out.println("# Interleaved A/B cross-check of the producer ratios");
            Map<String, Object> ab = runChild(List.of("-Xms1g", "-Xmx1g"), InterleavedAb.class,
                    opts.getOrDefault("ab-rounds", "6"), opts.getOrDefault("ab-slice", "1"), threads);
            ab.put("rounds", Integer.parseInt(opts.getOrDefault("ab-rounds", "6")));
            ab.put("sliceSeconds", Double.parseDouble(opts.getOrDefault("ab-slice", "1")));
            results.put("interleaved", ab);
        }
        if (!opts.containsKey("skip-consumer")) {
            List<Map<String, Object>> consumer = new ArrayList<>();
            for (String n : opts.getOrDefault("leads", "10000,100000").split(",")) {
                consumer.add(consumer(Integer.parseInt(n.trim()), Integer.parseInt(opts.getOrDefault("idle-polls",
                        "200")), opts.getOrDefault("consumer-heap", "64m")));
            }
            results.put("consumer", consumer);
        }
        results.put("loadAfter", loadAverage());
        results.put("harnessSeconds", (System.nanoTime() - started) / 1e9);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(outDir.resolve("results.json"), json.writeValueAsString(results));
        String md = Report.markdown(results);
        Files.writeString(outDir.resolve("results.md"), md);
        System.out.println();
        System.out.println(md);
        System.out.println("Written " + outDir.resolve("results.md") + " and results.json");
    }

    // ------------------------------------------------------------------ producer (JMH)

    private static Map<String, Object> producer(Map<String, String> opts, Path outDir) throws Exception {
        int[] warmup = iterations(opts.getOrDefault("warmup", "3x2"));
        int[] measure = iterations(opts.getOrDefault("measure", "3x3"));
        Map<String, Object> byBenchmark = new LinkedHashMap<>();
        for (String t : opts.getOrDefault("threads", "1,8").split(",")) {
            int threads = Integer.parseInt(t.trim());
            for (Mode mode : new Mode[] { Mode.Throughput, Mode.SampleTime }) {
                String file = "jmh-" + (mode == Mode.Throughput ? "thrpt" : "sample") + "-t" + threads + ".json";
                OptionsBuilder builder = new OptionsBuilder();
                if (mode == Mode.Throughput) {
                    builder.addProfiler(GCProfiler.class); // allocation per call: exact, whatever the load
                }
                Options options = builder
                        .include(ProducerBenchmark.class.getName() + "\\.")
                        .mode(mode)
                        .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                        .threads(threads)
                        .forks(1)
                        .warmupIterations(warmup[0]).warmupTime(TimeValue.seconds(warmup[1]))
                        .measurementIterations(measure[0]).measurementTime(TimeValue.seconds(measure[1]))
                        .jvmArgs("-Xms1g", "-Xmx1g")
                        .shouldFailOnError(true)
                        .resultFormat(ResultFormatType.JSON)
                        .result(outDir.resolve(file).toString())
                        .build();
                Collection<RunResult> runs = new Runner(options).run();
                for (RunResult run : runs) {
                    String method = run.getParams().getBenchmark();
                    method = method.substring(method.lastIndexOf('.') + 1);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> row = (Map<String, Object>) byBenchmark.computeIfAbsent(
                            method + "/t" + threads, k -> new LinkedHashMap<String, Object>());
                    row.put("operation", method.substring(0, method.indexOf('_')));
                    row.put("impl", method.substring(method.indexOf('_') + 1));
                    row.put("threads", threads);
                    var primary = run.getPrimaryResult();
                    if (mode == Mode.Throughput) {
                        row.put("opsPerSecond", primary.getScore());
                        row.put("opsPerSecondError", primary.getScoreError());
                        run.getSecondaryResults().forEach((name, r) -> {
                            if (name.endsWith("gc.alloc.rate.norm")) {
                                row.put("allocBytesPerOp", r.getScore());
                            }
                        });
                    } else {
                        row.put("meanMicros", primary.getScore());
                        row.put("p50Micros", primary.getStatistics().getPercentile(50.0));
                        row.put("p99Micros", primary.getStatistics().getPercentile(99.0));
                        row.put("samples", primary.getStatistics().getN());
                    }
                }
            }
        }
        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("warmup", opts.getOrDefault("warmup", "3x2"));
        producer.put("measure", opts.getOrDefault("measure", "3x3"));
        producer.put("results", byBenchmark);
        return producer;
    }

    private static int[] iterations(String spec) {
        String[] p = spec.split("x");
        return new int[] { Integer.parseInt(p[0]), Integer.parseInt(p[1]) };
    }

    // ------------------------------------------------------------------ consumer (child JVMs)

    private static Map<String, Object> consumer(int leads, int idlePolls, String heap) throws Exception {
        System.out.println("# Consumer/streaming, N = " + leads + ": starting the sandbox JVM");
        Process sandbox = java(List.of("-Xmx2g"), SandboxServer.class, String.valueOf(leads));
        try {
            BufferedReader sandboxOut = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                    StandardCharsets.UTF_8));
            String ready = sandboxOut.readLine();
            if (ready == null || !ready.startsWith("READY ")) {
                throw new IllegalStateException("sandbox did not start: " + ready);
            }
            System.out.println("# " + ready);
            String[] parts = ready.split(" ");
            List<String> jvm = List.of("-Xmx" + heap, "-XX:+UseSerialGC");
            System.out.println("# Probe JVM " + jvm);
            Map<String, Object> map = runChild(jvm, IngestProbe.class, parts[1], parts[2], String.valueOf(leads),
                    String.valueOf(idlePolls));
            map.put("probeJvm", String.join(" ", jvm));
            System.out.println("# " + map);
            return map;
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
    }

    /** Runs a child JVM to its end, echoing its output, and returns the JSON of its {@code RESULT} line. */
    private static Map<String, Object> runChild(List<String> jvmArgs, Class<?> main, String... args)
            throws Exception {
        Process child = java(jvmArgs, main, args);
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else {
                    System.out.println("  " + main.getSimpleName() + ": " + line);
                }
            }
        }
        if (!child.waitFor(15, TimeUnit.MINUTES) || child.exitValue() != 0 || result == null) {
            throw new IllegalStateException(main.getSimpleName() + " failed (exit "
                                            + (child.isAlive() ? "none" : child.exitValue()) + ")");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new ObjectMapper().readValue(result, LinkedHashMap.class);
        return map;
    }

    /** Starts a child JVM on this JVM's class path; stderr goes to ours. */
    private static Process java(List<String> jvmArgs, Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    // ------------------------------------------------------------------ machine

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("memTotal", firstLine("/proc/meminfo", "MemTotal:"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return m;
    }

    private static String cpuModel() {
        String model = firstLine("/proc/cpuinfo", "model name");
        return model == null ? "unknown" : model.substring(model.indexOf(':') + 1).trim();
    }

    private static String firstLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(String::trim).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            if (key.startsWith("skip-")) {
                opts.put(key, "true");
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                opts.put(key, args[++i]);
            }
        }
        return opts;
    }
}
