#!/usr/bin/env bash
#
# Copyright 2026 The camel-pipedrive-leads authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# Runs every benchmark of camel-pipedrive-leads in one go and writes benchmarks/target/results/results.md.
#
#   benchmarks/run.sh                  # from the repository root (or anywhere)
#   benchmarks/run.sh --skip-build     # the harness is already built (benchmarks/target/benchmarks.jar)
#
# Any other argument goes to the harness (io.github.camelpipedrive.bench.BenchMain), e.g.
#   benchmarks/run.sh --skip-build --leads 10000 --measure 3x2
# Needs Java 17 and Maven; uses only loopback servers. Nothing here asserts on timing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

build=1
args=()
for a in "$@"; do
  if [[ "$a" == "--skip-build" || "$a" == "--skip-install" ]]; then build=0; else args+=("$a"); fi
done

start=$(date +%s)
if [[ $build == 1 ]]; then
  echo "# Building the component, the sandbox and the harness from $root (reactor, bench profile, tests skipped)"
  mvn -B -q -f "$root/pom.xml" -Pbench -pl benchmarks -am package -DskipTests
fi
echo "# Running (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$here"
java -jar target/benchmarks.jar --out target/results "${args[@]+"${args[@]}"}" 2>&1 | tee target/results-run.log
end=$(date +%s)
echo "# Total wall time of benchmarks/run.sh: $((end - start)) s (load average now: $(cut -d' ' -f1-3 /proc/loadavg))" \
  | tee -a target/results-run.log
