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

# Quick start: builds the reactor modules the lead-feed example needs (their tests skipped), then runs the example
# against the embedded Pipedrive sandbox; it exits by itself. Needs only JDK 17 and Maven; installs nothing into ~/.m2.
#
#   sh examples/lead-feed/run.sh             create 5 leads, consume them, print a summary, exit
#   sh examples/lead-feed/run.sh --follow    keep following new leads until Ctrl+C
#   sh examples/lead-feed/run.sh --leads 20  create 20 leads
#
# With PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN set it uses that real Pipedrive company instead
# (optionally PIPEDRIVE_ORGANIZATION_ID: the organization the demo leads are linked to).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
echo "Building camel-pipedrive-leads and running examples/lead-feed (the first run downloads dependencies and takes a few minutes)..."
exec mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" -pl examples/lead-feed -am -DskipTests \
    package exec:java -Dexec.args="$*"
