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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.camelpipedrive.leads.model.Lead;

/**
 * The body of an exchange of {@code from("webhook:pipedrive-leads:getLeads")}: a lead was created, changed or
 * deleted. The same type whether it arrived by push (a webhook delivery, with {@link #getMeta() meta}) or by the
 * backfill poll (no meta; action create for the new feed, create or change for the updated feed).
 */
public final class LeadEvent {

    private final LeadEventAction action;
    private final String leadId;
    private final Lead lead;
    private final Map<String, Object> previous;
    private final LeadEventMeta meta;
    private final LeadEventSource source;

    public LeadEvent(LeadEventAction action, String leadId, Lead lead, Map<String, Object> previous,
                     LeadEventMeta meta, LeadEventSource source) {
        this.action = action;
        this.leadId = leadId;
        this.lead = lead;
        this.previous = previous == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(previous));
        this.meta = meta;
        this.source = source;
    }

    /** What happened. */
    public LeadEventAction getAction() {
        return action;
    }

    /** The lead's id (a UUID). */
    public String getLeadId() {
        return leadId;
    }

    /**
     * The lead as it is now: by push, the delivery's {@code data} (Pipedrive sends "only crucial information" there);
     * by backfill, the lead as listed. Null for a delete.
     */
    public Lead getLead() {
        return lead;
    }

    /**
     * The earlier values of the fields that changed (the delivery's {@code previous}, by wire name, for example
     * {@code value} or {@code update_time}); empty for a creation and for backfill events. For a delete, what the
     * delivery carried about the deleted lead, if anything.
     */
    public Map<String, Object> getPrevious() {
        return previous;
    }

    /** The names of the fields that changed (the keys of {@link #getPrevious()}). */
    public Set<String> getChangedFields() {
        return previous.keySet();
    }

    /** The delivery's meta (attempt, correlation id, change source, webhook id...); null for backfill events. */
    public LeadEventMeta getMeta() {
        return meta;
    }

    /** Push or backfill. */
    public LeadEventSource getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "LeadEvent[" + action.wireName() + " " + leadId + " by " + source.wireName() + "]";
    }
}
