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
package io.github.camelpipedrive.leads.exception;

/**
 * A lead intake or find-or-create that could not finish: the search found several contacts and
 * {@code multipleMatches=fail}, a contact was not found and {@code createMissingContacts=false}, or a request failed
 * midway. Whatever was created before the failure is named here (and in the CamelPipedriveLeadsCreated*Id headers):
 * it is kept, fully formed (a person is created with its organization), and the next intake finds it.
 */
public class PipedriveIntakeException extends PipedriveLeadsException {

    private final Long createdPersonId;
    private final Long createdOrganizationId;

    public PipedriveIntakeException(String message) {
        super(message);
        this.createdPersonId = null;
        this.createdOrganizationId = null;
    }

    private PipedriveIntakeException(String message, Throwable cause, Long createdPersonId,
            Long createdOrganizationId) {
        super(message, cause);
        this.createdPersonId = createdPersonId;
        this.createdOrganizationId = createdOrganizationId;
    }

    /** The failure of a step after the given contacts were created (either may be null). */
    public static PipedriveIntakeException failedAfter(String step, Long createdPersonId, Long createdOrganizationId,
            RuntimeException cause) {
        StringBuilder created = new StringBuilder();
        if (createdOrganizationId != null) {
            created.append("organization ").append(createdOrganizationId);
        }
        if (createdPersonId != null) {
            created.append(created.length() > 0 ? " and " : "").append("person ").append(createdPersonId);
        }
        String message = "Lead intake failed at " + step
                         + (created.length() > 0 ? " after creating " + created + " (kept; the next intake finds them)"
                                 : " (nothing was created)")
                         + ": " + cause.getMessage();
        return new PipedriveIntakeException(message, cause, createdPersonId, createdOrganizationId);
    }

    /** The person created before the failure, or null. */
    public Long getCreatedPersonId() {
        return createdPersonId;
    }

    /** The organization created before the failure, or null. */
    public Long getCreatedOrganizationId() {
        return createdOrganizationId;
    }
}
