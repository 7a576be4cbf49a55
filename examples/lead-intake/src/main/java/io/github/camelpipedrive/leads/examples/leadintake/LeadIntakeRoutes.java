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
package io.github.camelpipedrive.leads.examples.leadintake;

import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.exception.PipedriveIntakeException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code POST /enquiries} (a web form) → lead intake (person and organization found or created) → the message as a
 * pinned note on the lead → a small JSON answer with the ids. Bad input answers 400 with the component's message.
 */
public class LeadIntakeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(PipedriveValidationException.class).handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(simple("${exception.message}"));
        onException(PipedriveIntakeException.class).handled(true)
                .log(LoggingLevel.INFO, "leadintake", "Intake failed: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(simple("${exception.message}"));

        from("platform-http:/enquiries?httpMethodRestrict=POST").routeId("enquiry")
                .process(e -> {
                    EnquiryForm form = EnquiryForm.from(e.getMessage());
                    e.setProperty("note", form.note());
                    e.getMessage().setBody(form.toIntake());
                })
                .to("pipedrive-leads:addLead")
                .process(e -> {
                    Lead lead = e.getMessage().getBody(Lead.class);
                    e.setProperty("lead", lead);
                    e.getMessage().setHeader(PipedriveLeadsConstants.ID, lead.getId());
                    e.getMessage().setBody(Map.of("content", e.getProperty("note", String.class)));
                })
                .to("pipedrive-leads:addLeadNote?pinnedToLead=true")
                .process(e -> {
                    Lead lead = e.getProperty("lead", Lead.class);
                    var m = e.getMessage();
                    boolean newPerson = m.getHeader(PipedriveLeadsConstants.CREATED_PERSON_ID) != null;
                    String answer = "{\"leadId\":\"" + lead.getId() + "\",\"personId\":" + lead.getPersonId()
                                    + ",\"organizationId\":" + lead.getOrganizationId()
                                    + ",\"newPerson\":" + newPerson + "}";
                    m.removeHeaders("CamelPipedriveLeads*");
                    m.setHeader(Exchange.CONTENT_TYPE, "application/json");
                    m.setBody(answer);
                })
                .log(LoggingLevel.INFO, "leadintake", "Lead from the form: ${body}");
    }
}
