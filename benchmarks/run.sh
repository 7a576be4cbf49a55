#!/usr/bin/env bash
# Runs every benchmark of camel-pipedrive-leads in one go and writes benchmarks/target/results/results.md.
#
#   benchmarks/run.sh                  # from the repository root (or anywhere)
#   benchmarks/run.sh --skip-install   # the component is already installed in ~/.m2 from this checkout
#
# Any other argument goes to the harness (io.github.camelpipedrive.bench.BenchMain), e.g.
#   benchmarks/run.sh --skip-install --leads 10000 --measure 3x2
# Needs Java 17 and Maven; uses only loopback servers. Nothing here asserts on timing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

install=1
args=()
for a in "$@"; do
  if [[ "$a" == "--skip-install" ]]; then install=0; else args+=("$a"); fi
done

start=$(date +%s)
if [[ $install == 1 ]]; then
  echo "# Installing the component from $root (tests skipped)"
  mvn -B -q -f "$root/pom.xml" install -DskipTests
fi
echo "# Building the harness"
mvn -B -q -f "$here/pom.xml" package
echo "# Running (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$here"
java -jar target/benchmarks.jar --out target/results "${args[@]+"${args[@]}"}" 2>&1 | tee target/results-run.log
end=$(date +%s)
echo "# Total wall time of benchmarks/run.sh: $((end - start)) s (load average now: $(cut -d' ' -f1-3 /proc/loadavg))" \
  | tee -a target/results-run.log
