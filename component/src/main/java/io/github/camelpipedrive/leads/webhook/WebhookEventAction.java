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

/**
 * Which lead events a webhook subscription asks Pipedrive for (the subscription's {@code event_action}).
 */
public enum WebhookEventAction {
    /** create.lead */
    create("create"),
    /** change.lead */
    change("change"),
    /** delete.lead */
    delete("delete"),
    /** *.lead: creations, changes and deletes */
    all("*");

    private final String wire;

    WebhookEventAction(String wire) {
        this.wire = wire;
    }

    /** The event_action value sent to Pipedrive. */
    public String wire() {
        return wire;
    }
}
