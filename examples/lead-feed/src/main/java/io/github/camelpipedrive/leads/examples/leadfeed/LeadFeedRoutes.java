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
package io.github.camelpipedrive.leads.examples.leadfeed;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of the lead-feed example. The component itself is configured in {@code application.properties}
 * ({@code camel.component.pipedrive-leads.*}); {@link LeadFeedApp} points it at the embedded sandbox unless
 * {@code PIPEDRIVE_API_TOKEN} and {@code PIPEDRIVE_COMPANY_DOMAIN} are set.
 */
public class LeadFeedRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // the polling consumer: each new lead once, oldest first (startFrom=now: leads created after the first poll)
        // pollStrategy: LeadFeedStats tells the app when the first poll (which fixes "now") is done
        // stateRepository: the crash-safe cursor file declared in application.properties (camel.beans.leadCursor)
        from("pipedrive-leads:getLeads?delay={{leadfeed.delay}}&initialDelay=0&pollStrategy=#leadFeedStats"
             + "&stateRepository=#leadCursor")
            .routeId("lead-feed")
            .bean("leadFeedStats", "consumed")
            .log(LoggingLevel.INFO, "leadfeed", "Consumed lead ${header.CamelPipedriveLeadsId} '${body.title}' [label ${header.LeadFeedLabels}]");

        // the producer: body AddLeadRequest, Map or JSON; the result body is the created Lead
        from("direct:createLead")
            .routeId("create-lead")
            .to("pipedrive-leads:addLead")
            .bean("leadFeedStats", "created")
            .log(LoggingLevel.INFO, "leadfeed", "Created lead ${body.id} '${body.title}' [label ${header.LeadFeedLabels}]");

        from("direct:leadLabels").routeId("lead-labels").to("pipedrive-leads:getLeadLabels");
        from("direct:addLeadLabel").routeId("add-lead-label").to("pipedrive-leads:addLeadLabel");
        from("direct:firstLead").routeId("first-lead").to("pipedrive-leads:getLeads?limit=1");
        from("direct:deleteLead").routeId("delete-lead").to("pipedrive-leads:deleteLead");
    }
}
