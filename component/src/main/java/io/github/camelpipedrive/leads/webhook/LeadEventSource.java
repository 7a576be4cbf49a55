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
package io.github.camelpipedrive.leads.webhook;

import java.util.Locale;

/**
 * How an event reached the route.
 */
public enum LeadEventSource {
    /** A webhook delivery from Pipedrive. */
    PUSH,
    /** The backfill poll, which delivers what the webhook missed. */
    BACKFILL;

    /** The lower-case name used in the header. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
