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
package io.github.camelpipedrive.bench;

import java.nio.charset.StandardCharsets;

import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.LeadValue;

/** The fixed bytes the producer benchmark's server answers, and the request both clients send. */
final class Payloads {

    static final String LEAD_ID = "adf21080-0e10-11eb-879b-05d71fb426ec";
    static final String API_TOKEN = "bench-token";
    /** A text and a monetary custom field (40-hex keys), as a real account returns them at the lead's root. */
    static final String CUSTOM_TEXT_KEY = "d4de1c1518b4531717c676029a45911c340390a6";
    static final String CUSTOM_MONEY_KEY = "c0fa2d3b8f0a4f7e9b2cc1d2e3f4a5b6c7d8e9f0";

    /** A realistic lead in the {success, data} envelope, ~1 KB. */
    static final byte[] LEAD_JSON = ("{\"success\":true,\"data\":{"
            + "\"id\":\"" + LEAD_ID + "\","
            + "\"title\":\"Northwind Traders - enterprise software evaluation (Q3 budget)\","
            + "\"owner_id\":13293848,\"creator_id\":13293848,"
            + "\"label_ids\":[\"f08b42a0-4e75-11ea-9643-03698ef1cfd6\",\"f08b42a1-4e75-11ea-9643-03698ef1cfd6\"],"
            + "\"person_id\":1092,\"organization_id\":2048,"
            + "\"source_name\":\"API\",\"origin\":\"API\",\"origin_id\":null,"
            + "\"channel\":52,\"channel_id\":\"spring-campaign-2026\","
            + "\"source_deal_id\":null,"
            + "\"is_archived\":false,\"was_seen\":true,"
            + "\"value\":{\"amount\":25000,\"currency\":\"EUR\"},"
            + "\"expected_close_date\":\"2026-06-30\",\"next_activity_id\":4711,"
            + "\"add_time\":\"2026-01-14T09:21:36.123Z\",\"update_time\":\"2026-02-02T17:45:10.456Z\","
            + "\"visible_to\":\"3\","
            + "\"cc_email\":\"northwind+13293848+leadadf21080-0e10-11eb-879b-05d71fb426ec@pipedrivemail.com\","
            + "\"" + CUSTOM_TEXT_KEY + "\":\"Met at the Lisbon trade fair; wants a pilot for two departments"
            + " before the summer, decision by the CFO\","
            + "\"" + CUSTOM_MONEY_KEY + "\":12000,"
            + "\"" + CUSTOM_MONEY_KEY + "_currency\":\"EUR\""
            + "},\"additional_data\":null}").getBytes(StandardCharsets.UTF_8);

    private Payloads() {
    }

    /** The addLead body both clients send (the component validates it, the raw client does not). */
    static AddLeadRequest addLeadRequest() {
        return new AddLeadRequest("Northwind Traders - enterprise software evaluation (Q3 budget)")
                .personId(1092)
                .organizationId(2048)
                .value(LeadValue.of(25000, "EUR"))
                .customField(CUSTOM_TEXT_KEY, "Met at the Lisbon trade fair");
    }
}
