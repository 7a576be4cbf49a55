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
package io.github.camelpipedrive.leads.examples.webhookfeed;

import org.apache.camel.builder.RouteBuilder;

/**
 * The whole integration: Pipedrive's lead webhooks pushed to Camel Main's HTTP server, with a slow backfill poll
 * that delivers whatever the webhook missed. Each new lead reaches the route once, by push or by backfill.
 */
public class WebhookFeedRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("webhook:pipedrive-leads:getLeads"
             + "?webhookComponentName=platform-http"
             + "&webhookExternalUrl={{webhookfeed.public-url}}"
             + "&webhookPath=/pipedrive/leads"
             + "&stateRepository=#leadCursor"
             + "&backfillDelay={{webhookfeed.backfill-delay}}")
                .routeId("webhook-feed")
                .log("${header.CamelPipedriveLeadsEventAction} ${header.CamelPipedriveLeadsId} by"
                     + " ${header.CamelPipedriveLeadsEventSource}: ${body.lead.title}")
                .bean("webhookFeedStats", "delivered");
    }
}
