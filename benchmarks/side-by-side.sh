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

# The component side by side with Pipedrive's official Node client (npm pipedrive 33.7.0), paging every lead of one
# sandbox; writes benchmarks/target/side-by-side/side-by-side.md (see docs/performance.md).
#
#   benchmarks/side-by-side.sh                       # build, npm ci, 100,000 leads, 5 rounds
#   benchmarks/side-by-side.sh --skip-build --leads 20000 --rounds 3 --sides node,stream
#   benchmarks/side-by-side.sh --skip-build --cds    # the component's JVMs with an AppCDS archive (made first)
#
# Other arguments go to io.github.camelpipedrive.bench.SideBySide (--leads, --rounds, --sides, --jvm-opts).
# Needs Java 17, Maven, Node.js 18+ and npm; uses only loopback servers. Nothing here asserts on timing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

build=1
cds=0
args=()
for a in "$@"; do
  case "$a" in
    --skip-build) build=0 ;;
    --cds) cds=1 ;;
    *) args+=("$a") ;;
  esac
done

if [[ $build == 1 ]]; then
  echo "# Building the component, the sandbox and the harness (reactor, bench profile, tests skipped)"
  mvn -B -q -f "$root/pom.xml" -Pbench -pl benchmarks -am package -DskipTests
fi
echo "# Installing the official Node client (npm ci, pinned by package-lock.json)"
(cd "$here/node-client" && npm ci --no-audit --no-fund --loglevel=error)
cd "$here"
mkdir -p target/side-by-side
if [[ $cds == 1 ]]; then
  # the harness records the archive with one training run against the same sandbox, then uses it
  args+=(--cds-archive "$here/target/side-by-side/component.jsa")
fi
java -cp target/benchmarks.jar io.github.camelpipedrive.bench.SideBySide --node-dir "$here/node-client" \
  --out target/side-by-side "${args[@]+"${args[@]}"}" 2>&1 | tee target/side-by-side/run.log
