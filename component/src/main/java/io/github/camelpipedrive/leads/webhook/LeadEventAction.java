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
 * What happened to a lead.
 */
public enum LeadEventAction {
    CREATE,
    CHANGE,
    DELETE;

    /** The lower-case name used in headers and on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads meta.action. Webhooks v2 sends create, change and delete; v1's added, updated and deleted are accepted
     * too. Null for anything else.
     */
    static LeadEventAction parse(String action) {
        if (action == null) {
            return null;
        }
        return switch (action.trim().toLowerCase(Locale.ROOT)) {
            case "create", "added" -> CREATE;
            case "change", "updated" -> CHANGE;
            case "delete", "deleted" -> DELETE;
            default -> null;
        };
    }
}
