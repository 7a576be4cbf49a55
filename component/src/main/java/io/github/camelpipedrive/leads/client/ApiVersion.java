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
package io.github.camelpipedrive.leads.client;

/**
 * The two Pipedrive API generations; every operation belongs to one. Paths are sent with the {@code /api/} prefix,
 * which works for both generations and for company-domain hosts.
 */
public enum ApiVersion {
    V1("/api/v1/"),
    V2("/api/v2/");

    private final String prefix;

    ApiVersion(String prefix) {
        this.prefix = prefix;
    }

    /** The path prefix, for example {@code /api/v1/}. */
    public String prefix() {
        return prefix;
    }
}
