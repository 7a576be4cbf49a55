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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A cross-check of JMH's ratios that is robust to a machine whose background load drifts: in one JVM, component and
 * raw client run in alternating short slices (A B, B A, A B, ...) and the ratio is taken per adjacent pair, then the
 * median. Background load that changes over minutes then hits both sides of each pair alike. Prints
 * {@code RESULT <json>}. Arguments: rounds, slice seconds, thread counts (comma separated).
 */
public final class InterleavedAb {

    interface Call {
        Object run() throws Exception;
    }

    private InterleavedAb() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        double slice = Double.parseDouble(args[1]);
        ProducerBenchmark b = new ProducerBenchmark();
        b.setUp();
        Map<String, Call[]> ops = new LinkedHashMap<>();
        ops.put("getLead", new Call[] { b::getLead_component, b::getLead_raw });
        ops.put("addLead", new Call[] { b::addLead_component, b::addLead_raw });
        Map<String, Object> out = new LinkedHashMap<>();
        for (String t : args[2].split(",")) {
            int threads = Integer.parseInt(t.trim());
            for (Map.Entry<String, Call[]> op : ops.entrySet()) {
                Call component = op.getValue()[0];
                Call raw = op.getValue()[1];
                for (int i = 0; i < 2; i++) { // warm-up
                    rate(component, threads, 2, new Totals());
                    rate(raw, threads, 2, new Totals());
                }
                List<Double> ratios = new ArrayList<>();
                double componentSum = 0;
                double rawSum = 0;
                Totals ct = new Totals();
                Totals wt = new Totals();
                for (int r = 0; r < rounds; r++) {
                    double c;
                    double w;
                    if (r % 2 == 0) {
                        c = rate(component, threads, slice, ct);
                        w = rate(raw, threads, slice, wt);
                    } else {
                        w = rate(raw, threads, slice, wt);
                        c = rate(component, threads, slice, ct);
                    }
                    componentSum += c;
                    rawSum += w;
                    ratios.add(c / w);
                }
                List<Double> sorted = new ArrayList<>(ratios);
                sorted.sort(Double::compare);
                double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                        : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("operation", op.getKey());
                row.put("threads", threads);
                row.put("componentOpsPerSecond", componentSum / rounds);
                row.put("rawOpsPerSecond", rawSum / rounds);
                row.put("medianRatio", median);
                row.put("minRatio", sorted.get(0));
                row.put("maxRatio", sorted.get(sorted.size() - 1));
                row.put("ratios", ratios);
                // load-insensitive figures: CPU of the whole JVM (callers + the fixed server) and bytes allocated
                // by the calling threads, per call
                row.put("componentCpuMicrosPerOp", ct.cpuNanos / 1e3 / ct.ops);
                row.put("rawCpuMicrosPerOp", wt.cpuNanos / 1e3 / wt.ops);
                row.put("componentAllocBytesPerOp", (double) ct.allocBytes / ct.ops);
                row.put("rawAllocBytesPerOp", (double) wt.allocBytes / wt.ops);
                out.put(op.getKey() + "/t" + threads, row);
                System.out.println("interleaved " + op.getKey() + " x" + threads + ": median ratio "
                                   + String.format("%.3f", median) + " " + ratios);
            }
        }
        b.tearDown();
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(out));
    }

    /** Sums over the slices of one implementation. */
    static final class Totals {
        long ops;
        long cpuNanos;
        long allocBytes;
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** Operations per second of {@code call} with {@code threads} callers for {@code seconds}. */
    private static double rate(Call call, int threads, double seconds, Totals totals) throws Exception {
        LongAdder done = new LongAdder();
        LongAdder allocated = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
        Thread[] workers = new Thread[threads];
        Exception[] failure = new Exception[1];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                try {
                    start.await();
                    long a0 = THREADS.getCurrentThreadAllocatedBytes();
                    while (System.nanoTime() < deadline[0]) {
                        if (call.run() == null) {
                            throw new IllegalStateException("no result");
                        }
                        done.increment();
                    }
                    allocated.add(THREADS.getCurrentThreadAllocatedBytes() - a0);
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            workers[i].start();
        }
        long cpu0 = SandboxServer.cpuNanos();
        long t0 = System.nanoTime();
        deadline[0] = t0 + (long) (seconds * 1e9);
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - t0;
        if (failure[0] != null) {
            throw failure[0];
        }
        totals.ops += done.sum();
        totals.cpuNanos += SandboxServer.cpuNanos() - cpu0;
        totals.allocBytes += allocated.sum();
        return done.sum() / (elapsed / 1e9);
    }
}
