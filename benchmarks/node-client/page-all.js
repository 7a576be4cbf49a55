'use strict';
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
/*
 * The Node side of benchmarks/side-by-side.sh: Pipedrive's official Node client (npm pipedrive, pinned in
 * package.json) pages every lead of the sandbox with LeadsApi.getLeads({limit: 500, start}), as its README shows,
 * `passes` times in this one process (pass 1 cold, later passes warm).
 *
 *   node page-all.js <sandbox base URL> <API token> <control URL> <expected leads> <passes>
 *
 * Prints one line per pass: PASS {"pass":1,"leads":...,"idSum":...,"seconds":...,"cpuMicros":...,
 * "processCpuMicros":...,"requests":...}. cpuMicros is process.cpuUsage() (user + system) over the pass;
 * processCpuMicros is the process's total since it started; requests are the sandbox's own counter.
 */
const { v1 } = require('pipedrive');

const [base, apiToken, control, expectedArg, passesArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const passes = Number(passesArg || 2);

async function sandboxRequests() {
    const res = await fetch(`${control}/stats`);
    return Number((await res.text()).trim().split(' ')[0]);
}

/** Java's String.hashCode, so the id fingerprint matches the sandbox's. */
function javaHash(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++) {
        h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    }
    return h;
}

function cpuMicros(usage) {
    return usage.user + usage.system;
}

async function pageAll() {
    const api = new v1.LeadsApi(new v1.Configuration({ apiKey: apiToken, basePath: `${base}/v1` }));
    let start = 0;
    let leads = 0;
    let idSum = 0;
    for (;;) {
        const page = await api.getLeads({ limit: 500, start });
        for (const lead of page.data || []) {
            idSum += javaHash(lead.id);
            leads++;
        }
        // Pipedrive sends the paging block flat in additional_data, or nested under additional_data.pagination
        const extra = page.additional_data || {};
        const pagination = extra.pagination || extra;
        if (!pagination || !pagination.more_items_in_collection) {
            return { leads, idSum };
        }
        start = pagination.next_start !== undefined ? pagination.next_start : start + page.data.length;
    }
}

(async () => {
    for (let pass = 1; pass <= passes; pass++) {
        const requestsBefore = await sandboxRequests();
        const cpu0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        const { leads, idSum } = await pageAll();
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        const cpu = process.cpuUsage(cpu0);
        const requests = (await sandboxRequests()) - requestsBefore; // the control port is not the sandbox: not counted
        if (leads !== expected) {
            throw new Error(`paged ${leads} leads, expected ${expected}`);
        }
        console.log('PASS ' + JSON.stringify({ pass, leads, idSum, seconds, cpuMicros: cpuMicros(cpu),
            processCpuMicros: cpuMicros(process.cpuUsage()), requests }));
    }
})().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
});
