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
package io.github.camelpipedrive.leads;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the pipedrive-leads component. Inputs override the endpoint's options for one exchange.
 */
public final class PipedriveLeadsConstants {

    private static final String PREFIX = "CamelPipedriveLeads";

    // inputs
    @Metadata(label = "producer", description = "Overrides the endpoint's operation for this exchange.",
              javaType = "io.github.camelpipedrive.leads.PipedriveLeadsOperation")
    public static final String OPERATION = PREFIX + "Operation";
    @Metadata(description = "The lead or lead label id (a UUID). On the consumer: the id of the delivered lead.",
              javaType = "String")
    public static final String ID = PREFIX + "Id";
    @Metadata(label = "producer", description = "Page size of getLeads (1 to 500).", javaType = "Integer")
    public static final String LIMIT = PREFIX + "Limit";
    @Metadata(label = "producer", description = "Offset of the first item of getLeads.", javaType = "Integer")
    public static final String START = PREFIX + "Start";
    @Metadata(label = "producer", description = "Only leads of this owner (user id).", javaType = "Long")
    public static final String OWNER_ID = PREFIX + "OwnerId";
    @Metadata(label = "producer", description = "Only leads linked to this person.", javaType = "Long")
    public static final String PERSON_ID = PREFIX + "PersonId";
    @Metadata(label = "producer", description = "Only leads linked to this organization.", javaType = "Long")
    public static final String ORGANIZATION_ID = PREFIX + "OrganizationId";
    @Metadata(label = "producer", description = "Only leads matching this saved filter (takes precedence over the"
                                                + " owner, person and organization filters).",
              javaType = "Long")
    public static final String FILTER_ID = PREFIX + "FilterId";
    @Metadata(label = "producer", description = "Sort order, for example 'add_time DESC' or 'title ASC, add_time DESC'.",
              javaType = "String")
    public static final String SORT = PREFIX + "Sort";
    @Metadata(label = "producer",
              description = "Only leads updated at or after this time (ISO-8601 string, Instant or OffsetDateTime).",
              javaType = "String")
    public static final String UPDATED_SINCE = PREFIX + "UpdatedSince";
    @Metadata(label = "producer", description = "Which leads getLeads lists: not_archived, archived or all.",
              javaType = "io.github.camelpipedrive.leads.ArchivedStatus")
    public static final String ARCHIVED_STATUS = PREFIX + "ArchivedStatus";

    @Metadata(label = "producer", description = "searchLeads: the search term.", javaType = "String")
    public static final String TERM = PREFIX + "Term";
    @Metadata(label = "producer", description = "searchLeads: fields to search (title, notes, custom_fields).",
              javaType = "String")
    public static final String FIELDS = PREFIX + "Fields";
    @Metadata(label = "producer", description = "searchLeads: exact matches only.", javaType = "Boolean")
    public static final String EXACT_MATCH = PREFIX + "ExactMatch";
    @Metadata(label = "producer", description = "searchLeads: extra fields to include (lead.was_seen).",
              javaType = "String")
    public static final String INCLUDE_FIELDS = PREFIX + "IncludeFields";
    @Metadata(label = "producer", description = "searchLeads: the cursor of the page to read.", javaType = "String")
    public static final String CURSOR = PREFIX + "Cursor";
    @Metadata(label = "producer", description = "The deal id of convertDealToLead and getDealConversionStatus.",
              javaType = "Long")
    public static final String DEAL_ID = PREFIX + "DealId";
    @Metadata(label = "producer", description = "The conversion job id of the conversion status operations; set by"
                                                + " the conversion operations.",
              javaType = "String")
    public static final String CONVERSION_ID = PREFIX + "ConversionId";

    @Metadata(label = "producer", description = "addLeadNote: pin the note to the lead; getLeadNotes: only notes"
                                                + " pinned (true) or not pinned (false) to the lead.",
              javaType = "Boolean")
    public static final String PINNED_TO_LEAD = PREFIX + "PinnedToLead";

    // outputs
    @Metadata(label = "producer", description = "HTTP status of the (last) response.", javaType = "Integer")
    public static final String HTTP_STATUS = PREFIX + "HttpStatus";
    @Metadata(label = "producer", description = "Pagination: offset of the returned page.", javaType = "Integer")
    public static final String PAGINATION_START = PREFIX + "PaginationStart";
    @Metadata(label = "producer", description = "Pagination: page size of the returned page.", javaType = "Integer")
    public static final String PAGINATION_LIMIT = PREFIX + "PaginationLimit";
    @Metadata(label = "producer", description = "Pagination: whether more items exist after this page.",
              javaType = "Boolean")
    public static final String MORE_ITEMS = PREFIX + "MoreItemsInCollection";
    @Metadata(label = "producer", description = "Pagination: the start of the next page, when there is one.",
              javaType = "Integer")
    public static final String NEXT_START = PREFIX + "NextStart";
    @Metadata(label = "producer", description = "Pagination (v2 search): the cursor of the next page, absent at the"
                                                + " end.",
              javaType = "String")
    public static final String NEXT_CURSOR = PREFIX + "NextCursor";
    @Metadata(description = "Rate limit: requests allowed per 2-second window (x-ratelimit-limit).",
              javaType = "Integer")
    public static final String RATE_LIMIT_LIMIT = PREFIX + "RateLimitLimit";
    @Metadata(description = "Rate limit: requests left in the window (x-ratelimit-remaining).", javaType = "Integer")
    public static final String RATE_LIMIT_REMAINING = PREFIX + "RateLimitRemaining";
    @Metadata(description = "Rate limit: seconds until the window resets (x-ratelimit-reset).", javaType = "Integer")
    public static final String RATE_LIMIT_RESET = PREFIX + "RateLimitReset";
    @Metadata(description = "Tokens left in the company's daily budget (x-daily-ratelimit-token-remaining), when sent.",
              javaType = "Long")
    public static final String DAILY_TOKENS_REMAINING = PREFIX + "DailyTokensRemaining";

    @Metadata(label = "producer", description = "Lead intake and findOrCreatePerson: the id of the existing person"
                                                + " that was found (absent when one was created).",
              javaType = "Long")
    public static final String FOUND_PERSON_ID = PREFIX + "FoundPersonId";
    @Metadata(label = "producer", description = "Lead intake and findOrCreatePerson: the id of the person that was"
                                                + " created (absent when one was found). Also set when the intake"
                                                + " failed after creating the person.",
              javaType = "Long")
    public static final String CREATED_PERSON_ID = PREFIX + "CreatedPersonId";
    @Metadata(label = "producer", description = "Lead intake and findOrCreateOrganization: the id of the existing"
                                                + " organization that was found (absent when one was created).",
              javaType = "Long")
    public static final String FOUND_ORGANIZATION_ID = PREFIX + "FoundOrganizationId";
    @Metadata(label = "producer", description = "Lead intake and findOrCreateOrganization: the id of the organization"
                                                + " that was created (absent when one was found). Also set when the"
                                                + " intake failed after creating the organization.",
              javaType = "Long")
    public static final String CREATED_ORGANIZATION_ID = PREFIX + "CreatedOrganizationId";
    @Metadata(label = "producer", description = "Lead intake: the id of a found person who belonged to no"
                                                + " organization and was linked to the intake's organization.",
              javaType = "Long")
    public static final String LINKED_PERSON_ID = PREFIX + "LinkedPersonId";

    // consumer
    @Metadata(label = "consumer", description = "When the delivered lead was created.", javaType = "java.time.Instant")
    public static final String ADD_TIME = PREFIX + "AddTime";
    @Metadata(label = "consumer", description = "When the delivered lead was last updated.",
              javaType = "java.time.Instant")
    public static final String UPDATE_TIME = PREFIX + "UpdateTime";
    @Metadata(label = "consumer", description = "Which feed delivered the lead: new or updated.", javaType = "String")
    public static final String FEED = PREFIX + "Feed";

    // push and backfill (webhook:pipedrive-leads:getLeads)
    @Metadata(label = "consumer", description = "Push and backfill: what happened to the lead: create, change or delete.",
              javaType = "String")
    public static final String EVENT_ACTION = PREFIX + "EventAction";
    @Metadata(label = "consumer", description = "Push and backfill: how the event arrived: push (a webhook delivery) or"
                                                + " backfill (the safety-net poll).",
              javaType = "String")
    public static final String EVENT_SOURCE = PREFIX + "EventSource";
    @Metadata(label = "consumer", description = "Push: the id of the webhook event (meta.id).", javaType = "String")
    public static final String EVENT_ID = PREFIX + "EventId";
    @Metadata(label = "consumer", description = "Push: the correlation id of the change (meta.correlation_id).",
              javaType = "String")
    public static final String CORRELATION_ID = PREFIX + "CorrelationId";
    @Metadata(label = "consumer", description = "Push: where the change was made, for example app or api"
                                                + " (meta.change_source).",
              javaType = "String")
    public static final String CHANGE_SOURCE = PREFIX + "ChangeSource";
    @Metadata(label = "consumer", description = "Push: the delivery attempt, 1 for the first (meta.attempt).",
              javaType = "Integer")
    public static final String DELIVERY_ATTEMPT = PREFIX + "DeliveryAttempt";
    @Metadata(label = "consumer", description = "Push: the id of the webhook subscription (meta.webhook_id).",
              javaType = "String")
    public static final String WEBHOOK_ID = PREFIX + "WebhookId";
    @Metadata(label = "consumer", description = "Push: when Pipedrive emitted the event (meta.timestamp).",
              javaType = "java.time.Instant")
    public static final String EVENT_TIMESTAMP = PREFIX + "EventTimestamp";

    private PipedriveLeadsConstants() {
    }
}
