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
package io.github.camelpipedrive.leads.consumer;

import java.time.Instant;
import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultMessage;

/**
 * The message of one lead's exchange: the lead as body, and its headers ({@code CamelPipedriveLeadsId}, the two
 * times, the feed's name) written into the header map when the route first reads or changes a header, as Camel's
 * file and mail messages do. A route that only reads the body no longer pays for a header map per lead (about
 * 200 bytes); any other route sees the same headers as before.
 */
final class LeadMessage extends DefaultMessage {

    // the header values as they were when the exchange was created, even if the route changes the lead first
    private final String id;
    private final Instant addTime;
    private final Instant updateTime;
    private final String feed;

    LeadMessage(Exchange exchange, Lead lead, String feed) {
        super(exchange);
        this.id = lead.getId();
        this.addTime = lead.getAddTime();
        this.updateTime = lead.getUpdateTime();
        this.feed = feed;
        setBody(lead);
    }

    @Override
    protected void populateInitialHeaders(Map<String, Object> map) {
        super.populateInitialHeaders(map);
        map.put(PipedriveLeadsConstants.ID, id);
        map.put(PipedriveLeadsConstants.ADD_TIME, addTime);
        map.put(PipedriveLeadsConstants.UPDATE_TIME, updateTime);
        map.put(PipedriveLeadsConstants.FEED, feed);
    }

    /** Whether the header map exists yet (for tests). */
    boolean headersWritten() {
        return hasPopulatedHeaders();
    }

    // no @Override: Camel 4.18 asks this from hasHeaders(), 4.14 has no such method and always populates there
    protected boolean isPopulateHeadersSupported() {
        return true; // hasHeaders() must see the lead's headers too
    }
}
