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
package io.github.camelpipedrive.leads.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The routes: no credentials or URLs here, they come from camel.component.pipedrive-leads.* */
@Component
public class LeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("pipedrive-leads:getLeads?delay={{leads.poll-delay}}&stateRepository=#leadCursor")
            .routeId("lead-feed")
            .log("New lead ${header.CamelPipedriveLeadsId}: ${body.title}")
            .to("direct:newLead");

        from("direct:newLead").routeId("new-lead")
            .log("Would hand lead ${body.id} to the sales team here");

        from("direct:createLead").routeId("create-lead")
            .to("pipedrive-leads:addLead");
    }
}
