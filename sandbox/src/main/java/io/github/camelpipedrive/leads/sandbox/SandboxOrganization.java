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
 * An immutable snapshot of one sandbox organization ({@link PipedriveSandbox#organizations()}).
 *
 * @param id the organization id
 * @param name the name
 * @param address the address text ({@code address.value}), or null
 * @param addTime when it was created (sandbox clock)
 * @param updateTime when it was last changed (sandbox clock)
 */
public record SandboxOrganization(int id, String name, String address, Instant addTime, Instant updateTime) {

    static SandboxOrganization of(Organization o) {
        return new SandboxOrganization(o.id, o.name, o.addressText(), o.addTime, o.updateTime);
    }
}
