#!/bin/sh
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

# Push and backfill demo: builds what the webhook-feed example needs (tests skipped), then runs it
# against the embedded Pipedrive sandbox (30 % of its webhook deliveries dropped, so both push and backfill show); it
# exits by itself. Needs only JDK 17 and Maven; installs nothing into ~/.m2.
#
#   sh examples/webhook-feed/run.sh                      10 leads, 30 % of deliveries dropped
#   sh examples/webhook-feed/run.sh --leads 50 --drop 0  50 leads, nothing dropped
#   sh examples/webhook-feed/run.sh --follow             keep running until Ctrl+C
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
echo "Building camel-pipedrive-leads and running examples/webhook-feed (the first run downloads dependencies and takes a few minutes)..."
exec mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" -pl examples/webhook-feed -am -DskipTests \
    package exec:java -Dexec.args="$*"
