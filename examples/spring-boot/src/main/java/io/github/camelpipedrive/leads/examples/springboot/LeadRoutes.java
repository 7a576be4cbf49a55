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
