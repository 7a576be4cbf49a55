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

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders results.json's content as the Markdown tables of docs/performance.md, ratios and targets included. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        md.append("Machine: ").append(machine.get("cpus")).append(" CPUs (").append(machine.get("cpuModel"))
                .append("), ").append(machine.get("memTotal")).append(", ").append(machine.get("os")).append(", ")
                .append(machine.get("java")).append('\n');
        md.append("Load average before / after: ").append(results.get("loadBefore")).append(" / ")
                .append(results.get("loadAfter")).append('\n');
        md.append("Harness time (without the build): ").append(f1((Number) results.get("harnessSeconds")))
                .append(" s\n\n");

        Map<String, Object> producer = (Map<String, Object>) results.get("producer");
        if (producer != null) {
            Map<String, Map<String, Object>> rows = (Map<String, Map<String, Object>>) producer.get("results");
            md.append("### 1. Producer overhead (JMH, warmup ").append(producer.get("warmup"))
                    .append(" s, measurement ").append(producer.get("measure")).append(" s, 1 fork)\n\n");
            md.append("| Operation | Callers | Component ops/s | Raw ops/s | Ratio component/raw (target >= 0.90) |"
                      + " Component p50 / p99 (us) | Raw p50 / p99 (us) | Allocated B/call component / raw |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String op : List.of("getLead", "addLead")) {
                for (Map.Entry<String, Map<String, Object>> e : rows.entrySet()) {
                    Map<String, Object> c = e.getValue();
                    if (!op.equals(c.get("operation")) || !"component".equals(c.get("impl"))) {
                        continue;
                    }
                    Map<String, Object> r = rows.get(op + "_raw/t" + c.get("threads"));
                    if (r == null) {
                        continue;
                    }
                    double ratio = num(c, "opsPerSecond") / num(r, "opsPerSecond");
                    md.append("| ").append(op).append(" | ").append(c.get("threads")).append(" | ")
                            .append(ops(c)).append(" | ").append(ops(r)).append(" | **")
                            .append(String.format(Locale.ROOT, "%.3f", ratio)).append("** ")
                            .append(ratio >= 0.90 ? "met" : String.format(Locale.ROOT, "missed by %.1f pt",
                                    (0.90 - ratio) * 100))
                            .append(" | ").append(lat(c)).append(" | ").append(lat(r)).append(" | ")
                            .append(alloc(c)).append(" / ").append(alloc(r)).append(" |\n");
                }
            }
            md.append('\n');
        }

        Map<String, Object> ab = (Map<String, Object>) results.get("interleaved");
        if (ab != null) {
            md.append("### 1b. Producer ratio cross-check: interleaved A/B (").append(ab.get("rounds"))
                    .append(" alternating pairs of ").append(ab.get("sliceSeconds"))
                    .append(" s slices per row, one JVM)\n\n");
            md.append("| Operation | Callers | Component ops/s (mean) | Raw ops/s (mean) |"
                      + " Median ratio (target >= 0.90) | Min - max ratio | CPU us/call component / raw |"
                      + " Allocated B/call component / raw |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String op : List.of("getLead", "addLead")) {
                for (Map.Entry<String, Object> e : ab.entrySet()) {
                    if (!(e.getValue() instanceof Map) || !op.equals(((Map<String, Object>) e.getValue())
                            .get("operation"))) {
                        continue;
                    }
                    Map<String, Object> r = (Map<String, Object>) e.getValue();
                    double median = num(r, "medianRatio");
                    md.append("| ").append(op).append(" | ").append(r.get("threads")).append(" | ")
                            .append(f0(num(r, "componentOpsPerSecond"))).append(" | ")
                            .append(f0(num(r, "rawOpsPerSecond"))).append(" | **")
                            .append(String.format(Locale.ROOT, "%.3f", median)).append("** ")
                            .append(median >= 0.90 ? "met" : String.format(Locale.ROOT, "missed by %.1f pt",
                                    (0.90 - median) * 100))
                            .append(" | ").append(String.format(Locale.ROOT, "%.3f - %.3f", num(r, "minRatio"),
                                    num(r, "maxRatio")))
                            .append(" | ").append(f0(num(r, "componentCpuMicrosPerOp"))).append(" / ")
                            .append(f0(num(r, "rawCpuMicrosPerOp")))
                            .append(" | ").append(f0(num(r, "componentAllocBytesPerOp"))).append(" / ")
                            .append(f0(num(r, "rawAllocBytesPerOp"))).append(" |\n");
                }
            }
            md.append('\n');
        }

        List<Map<String, Object>> consumer = (List<Map<String, Object>>) results.get("consumer");
        if (consumer != null) {
            md.append("### 2. Consumer ingest (probe JVM `").append(consumer.get(0).get("probeJvm"))
                    .append("`, sandbox in its own JVM)\n\n");
            md.append("| N leads | Leads/s | HTTP requests | Target ceil(N/500)+2 | Tokens | Delivered (exactly once) |"
                      + " Peak heap used | Max heap after GC | Retained after full GC (before / after) | GCs |\n");
            md.append("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
            for (Map<String, Object> c : consumer) {
                long n = ((Number) c.get("leads")).longValue();
                long requests = ((Number) c.get("ingestRequests")).longValue();
                long target = (n + 499) / 500 + 2;
                md.append("| ").append(n).append(" | ").append(f0(num(c, "ingestLeadsPerSecond"))).append(" | ")
                        .append(requests).append(" | ").append(target).append(requests <= target ? " met" : " missed")
                        .append(" | ").append(c.get("ingestTokens")).append(" | ")
                        .append(c.get("deliveredTotal")).append(Boolean.TRUE.equals(c.get("deliveredIdSumMatches"))
                                && ((Number) c.get("deliveredOutOfOrder")).longValue() == 0
                                ? " (ids match, in order)" : " (MISMATCH)")
                        .append(" | ").append(mb(c, "ingestPeakHeapBytes")).append(" | ")
                        .append(mb(c, "ingestMaxHeapAfterGcBytes")).append(" | ")
                        .append(mb(c, "baselineRetainedBytes")).append(" / ").append(mb(c, "retainedAfterIngestBytes"))
                        .append(" | ").append(c.get("ingestGcCount")).append(" |\n");
            }
            md.append("\n### 3. Idle poll cost (after catch-up)\n\n");
            md.append("| N leads in sandbox | Idle polls | HTTP requests | Requests per poll (target 1) |"
                      + " Tokens per poll |\n");
            md.append("|---:|---:|---:|---:|---:|\n");
            for (Map<String, Object> c : consumer) {
                double polls = num(c, "idlePolls");
                double perPoll = num(c, "idleRequests") / polls;
                md.append("| ").append(c.get("leads")).append(" | ").append(c.get("idlePolls")).append(" | ")
                        .append(c.get("idleRequests")).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", perPoll)).append(perPoll == 1.0 ? " met" : " missed")
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f", num(c, "idleTokens") / polls))
                        .append(" |\n");
            }
            md.append("\n### 4. Streaming all pages (`getLeads?allPages=true&limit=500`, same probe JVM)\n\n");
            md.append("| N leads | Items iterated | Leads/s | HTTP requests | Tokens | Peak heap used |"
                      + " Max heap after GC | GCs |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Map<String, Object> c : consumer) {
                md.append("| ").append(c.get("leads")).append(" | ").append(c.get("streamItems"))
                        .append(Boolean.TRUE.equals(c.get("streamIdSumMatches")) ? " (ids match)" : " (MISMATCH)")
                        .append(" | ").append(f0(num(c, "streamLeadsPerSecond"))).append(" | ")
                        .append(c.get("streamRequests")).append(" | ").append(c.get("streamTokens")).append(" | ")
                        .append(mb(c, "streamPeakHeapBytes")).append(" | ").append(mb(c, "streamMaxHeapAfterGcBytes"))
                        .append(" | ").append(c.get("streamGcCount")).append(" |\n");
            }
        }
        return md.toString();
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static String ops(Map<String, Object> m) {
        return f0(num(m, "opsPerSecond")) + " ± " + f0(num(m, "opsPerSecondError"));
    }

    private static String lat(Map<String, Object> m) {
        return m.containsKey("p50Micros") ? f0(num(m, "p50Micros")) + " / " + f0(num(m, "p99Micros")) : "n/a";
    }

    private static String alloc(Map<String, Object> m) {
        return m.containsKey("allocBytesPerOp") ? f0(num(m, "allocBytesPerOp")) : "n/a";
    }

    private static String mb(Map<String, Object> m, String key) {
        return String.format(Locale.ROOT, "%.1f MB", num(m, key) / (1024.0 * 1024.0));
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(Number v) {
        return String.format(Locale.ROOT, "%.1f", v.doubleValue());
    }
}
