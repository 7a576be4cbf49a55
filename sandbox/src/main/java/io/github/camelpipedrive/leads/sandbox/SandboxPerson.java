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
import java.util.List;

/**
 * An immutable snapshot of one sandbox person, for assertions ({@link PipedriveSandbox#persons()}).
 *
 * @param id the person id
 * @param name the name
 * @param emails email addresses, primary first as stored
 * @param phones phone numbers as stored
 * @param orgId the linked organization, or null
 * @param addTime when it was created (sandbox clock)
 * @param updateTime when it was last changed (sandbox clock)
 */
public record SandboxPerson(int id, String name, List<String> emails, List<String> phones, Integer orgId,
        Instant addTime, Instant updateTime) {

    static SandboxPerson of(Person p) {
        return new SandboxPerson(p.id, p.name, p.emails.stream().map(ContactChannel::value).toList(),
                p.phones.stream().map(ContactChannel::value).toList(), p.orgId, p.addTime, p.updateTime);
    }
}
