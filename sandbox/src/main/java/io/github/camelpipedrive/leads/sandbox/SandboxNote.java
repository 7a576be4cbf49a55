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
package io.github.camelpipedrive.leads.sandbox;

import java.time.Instant;

/**
 * An immutable snapshot of one sandbox note ({@link PipedriveSandbox#notes()}).
 *
 * @param id the note id
 * @param content the HTML content as sent
 * @param leadId the lead it is attached to, or null
 * @param dealId the deal it is attached to, or null
 * @param personId the person it is attached to, or null
 * @param orgId the organization it is attached to, or null
 * @param pinnedToLead whether it is pinned to its lead
 * @param addTime its add_time
 */
public record SandboxNote(int id, String content, String leadId, Integer dealId, Integer personId, Integer orgId,
        boolean pinnedToLead, Instant addTime) {

    static SandboxNote of(Note n) {
        return new SandboxNote(n.id, n.content, n.leadId, n.dealId, n.personId, n.orgId, n.pinnedToLead, n.addTime);
    }
}
