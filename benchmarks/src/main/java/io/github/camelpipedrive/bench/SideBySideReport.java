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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Renders {@link SideBySide}'s runs as markdown: medians per side, and per-round ratios against the Node client. */
final class SideBySideReport {

    private SideBySideReport() {
    }

    static String render(List<SideBySide.Run> runs, List<String> sides, Map<String, Object> report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "N = %,d leads, %s rounds (sides in rotating order), %s passes per process"
                                             + " (steady = median of passes 4 to %s), load average %s at"
                                             + " start and %s at the end; component JVM options: %s%n%n",
                ((Number) report.get("leads")).longValue(), report.get("rounds"), report.get("passes"),
                report.get("passes"), report.get("loadAverageAtStart"),
                report.get("loadAverageAtEnd"), report.get("jvmOpts").toString().isEmpty() ? "none"
                        : "`" + report.get("jvmOpts") + "`"));
        sb.append("| Side | Fresh process: leads/s from launch | Fresh: client CPU us/lead (whole process) |"
                  + " Pass 1 in process: leads/s | Warm (pass 2): leads/s | Warm: client CPU us/lead |"
                  + " Steady: leads/s | Steady: client CPU us/lead | Requests per pass |"
                  + "\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String side : sides) {
            List<SideBySide.Run> mine = of(runs, side);
            if (mine.isEmpty()) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %,.0f | %,.0f | %.1f | %,.0f | %.1f | %d |%n",
                    label(side), median(mine, SideBySide.Run::coldLeadsPerSecond),
                    median(mine, SideBySide.Run::coldCpuMicrosPerLead),
                    median(mine, r -> r.leads() / r.num(r.cold(), "seconds")),
                    median(mine, SideBySide.Run::warmLeadsPerSecond), median(mine, SideBySide.Run::warmCpuMicrosPerLead),
                    median(mine, SideBySide.Run::steadyLeadsPerSecond),
                    median(mine, SideBySide.Run::steadyCpuMicrosPerLead), (long) median(mine, r -> r.requests())));
        }
        if (!sides.contains("node")) {
            return sb.toString();
        }
        sb.append("\nRatios against the Node client, taken within each round, median (min - max) over the rounds:\n\n");
        sb.append("| Side | Warm leads/s ratio (target >= 2.0) | Warm CPU per lead ratio (target <= 0.5) |"
                  + " Fresh leads/s ratio (target >= 1.0) | Fresh CPU per lead ratio | Steady leads/s ratio |"
                  + " Steady CPU per lead ratio |\n|---|---|---|---|---|---|---|\n");
        for (String side : sides) {
            if (side.equals("node") || of(runs, side).isEmpty()) {
                continue;
            }
            sb.append("| ").append(label(side)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::warmLeadsPerSecond, 2.0, true)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::warmCpuMicrosPerLead, 0.5, false)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::coldLeadsPerSecond, 1.0, true)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::coldCpuMicrosPerLead, Double.NaN, false)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::steadyLeadsPerSecond, Double.NaN, true)).append(" | ")
                    .append(ratio(runs, side, SideBySide.Run::steadyCpuMicrosPerLead, Double.NaN, false)).append(" |\n");
        }
        return sb.toString();
    }

    private static String ratio(List<SideBySide.Run> runs, String side, ToDoubleFunction<SideBySide.Run> metric,
                                double target, boolean atLeast) {
        List<Double> ratios = new ArrayList<>();
        for (SideBySide.Run run : of(runs, side)) {
            for (SideBySide.Run node : of(runs, "node")) {
                if (node.round() == run.round()) {
                    ratios.add(metric.applyAsDouble(run) / metric.applyAsDouble(node));
                }
            }
        }
        if (ratios.isEmpty()) {
            return "-";
        }
        Collections.sort(ratios);
        double median = median(ratios);
        String verdict = Double.isNaN(target) ? "" : (atLeast ? median >= target : median <= target) ? ", met"
                : ", missed";
        return String.format(Locale.ROOT, "**%.2f**%s (%.2f - %.2f)", median, verdict, ratios.get(0),
                ratios.get(ratios.size() - 1));
    }

    private static String label(String side) {
        return switch (side) {
            case "node" -> "Node client (pipedrive 33.7.0)";
            case "stream" -> "Component `allPages` stream";
            case "consumer" -> "Component consumer";
            case "batch" -> "Component consumer, batchMode";
            default -> side;
        };
    }

    private static List<SideBySide.Run> of(List<SideBySide.Run> runs, String side) {
        return runs.stream().filter(r -> r.side().equals(side)).toList();
    }

    private static double median(List<SideBySide.Run> runs, ToDoubleFunction<SideBySide.Run> metric) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(metric.applyAsDouble(r)));
        Collections.sort(values);
        return median(values);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
