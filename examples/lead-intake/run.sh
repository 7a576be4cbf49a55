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

# Lead intake: builds the reactor modules the example needs (their tests skipped), then runs it against the embedded
# Pipedrive sandbox: posts three demo web forms to its platform-http route, prints the result and exits.
#
#   sh examples/lead-intake/run.sh                 post the demo forms, print a summary, exit
#   sh examples/lead-intake/run.sh --serve         keep serving POST http://localhost:8080/enquiries until Ctrl+C
#   sh examples/lead-intake/run.sh --port 9090     another port
#
# With PIPEDRIVE_API_TOKEN and PIPEDRIVE_COMPANY_DOMAIN set it uses that real Pipedrive company instead.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
echo "Building camel-pipedrive-leads and running examples/lead-intake (the first run downloads dependencies and takes a few minutes)..."
exec mvn -B -q -Dstyle.color=never -f "$ROOT/pom.xml" -pl examples/lead-intake -am -DskipTests \
    package exec:java -Dexec.args="$*"
