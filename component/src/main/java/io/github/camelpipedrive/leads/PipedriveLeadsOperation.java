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

import java.util.Set;

import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadNoteRequest;
import io.github.camelpipedrive.leads.model.ContactSearchResult;
import io.github.camelpipedrive.leads.model.Note;
import io.github.camelpipedrive.leads.model.Organization;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.Person;
import io.github.camelpipedrive.leads.model.PersonRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.DeletedItem;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadSearchResult;
import io.github.camelpipedrive.leads.model.LeadSource;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import io.github.camelpipedrive.leads.producer.BodyValidator;

import static io.github.camelpipedrive.leads.OperationRow.body;
import static io.github.camelpipedrive.leads.OperationRow.op;
import static io.github.camelpipedrive.leads.QueryOption.CURSOR;
import static io.github.camelpipedrive.leads.QueryOption.EXACT_MATCH;
import static io.github.camelpipedrive.leads.QueryOption.FIELDS;
import static io.github.camelpipedrive.leads.QueryOption.FILTER_ID;
import static io.github.camelpipedrive.leads.QueryOption.INCLUDE_FIELDS;
import static io.github.camelpipedrive.leads.QueryOption.LEAD_ID;
import static io.github.camelpipedrive.leads.QueryOption.LIMIT;
import static io.github.camelpipedrive.leads.QueryOption.MATCH_FIELD;
import static io.github.camelpipedrive.leads.QueryOption.ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.QueryOption.OWNER_ID;
import static io.github.camelpipedrive.leads.QueryOption.PERSON_ID;
import static io.github.camelpipedrive.leads.QueryOption.PINNED_TO_LEAD;
import static io.github.camelpipedrive.leads.QueryOption.SORT;
import static io.github.camelpipedrive.leads.QueryOption.START;
import static io.github.camelpipedrive.leads.QueryOption.TERM;
import static io.github.camelpipedrive.leads.QueryOption.UPDATED_SINCE;
import static io.github.camelpipedrive.leads.client.ApiVersion.V1;
import static io.github.camelpipedrive.leads.client.ApiVersion.V2;

/**
 * The operation table: one row per Pipedrive Leads API operation, with everything needed to build, send and read its
 * requests (see {@link OperationRow} for the columns). Producer, consumer and conversion follow-ups build requests
 * from these rows through {@link OperationRequest}; no other code tests for a particular operation.
 */
public enum PipedriveLeadsOperation {

    addLead(op("POST", V1, "leads").success(201).tokens(10).result(Lead.class)
            .body(body(AddLeadRequest.class).rules(BodyValidator::validateAddLead).allowingCustomFieldNames())
            .intake("findOrCreateOrganization", "findOrCreatePerson")),
    getLead(op("GET", V1, "leads/{id}").tokens(2).result(Lead.class).notFoundAsEmpty()),
    getLeads(op("GET", V1, "leads").tokens(20).list(Lead.class)
            .query(LIMIT, START, OWNER_ID, PERSON_ID, ORGANIZATION_ID, FILTER_ID, SORT, UPDATED_SINCE)
            .archivedIn("getArchivedLeads").consumable()),
    updateLead(op("PATCH", V1, "leads/{id}").tokens(10).result(Lead.class)
            .body(body(UpdateLeadRequest.class).rules(BodyValidator::validateUpdateLead).allowingCustomFieldNames()
                    .adaptedFrom(Lead.class, UpdateLeadRequest::from))),
    deleteLead(op("DELETE", V1, "leads/{id}").tokens(6).result(DeletedItem.class)),
    addLeadLabel(op("POST", V1, "leadLabels").tokens(10).result(LeadLabel.class)
            .body(body(AddLeadLabelRequest.class).rules(BodyValidator::validateAddLabel))),
    getLeadLabels(op("GET", V1, "leadLabels").tokens(10).list(LeadLabel.class)),
    updateLeadLabel(op("PATCH", V1, "leadLabels/{id}").tokens(10).result(LeadLabel.class)
            .body(body(UpdateLeadLabelRequest.class).rules(BodyValidator::validateUpdateLabel))),
    deleteLeadLabel(op("DELETE", V1, "leadLabels/{id}").tokens(6).result(DeletedItem.class)),
    getLeadSources(op("GET", V1, "leadSources").tokens(2).list(LeadSource.class)),
    getArchivedLeads(op("GET", V1, "leads/archived").tokens(40).list(Lead.class)
            .query(LIMIT, START, OWNER_ID, PERSON_ID, ORGANIZATION_ID, FILTER_ID, SORT)
            .rejects(UPDATED_SINCE, "GET /v1/leads/archived has no updated_since")),
    searchLeads(op("GET", V2, "leads/search").tokens(20).list(LeadSearchResult.class).wrappedIn("items")
            .query(TERM, FIELDS, EXACT_MATCH, PERSON_ID, ORGANIZATION_ID, INCLUDE_FIELDS, LIMIT, CURSOR)
            .queryRule(QueryOption::requireSearchTerm)
            .variant("searchApiVersion=v1", c -> c.getSearchApiVersion() == SearchApiVersion.v1,
                    op("GET", V1, "leads/search").tokens(40)
                            .query(TERM, FIELDS, EXACT_MATCH, PERSON_ID, ORGANIZATION_ID, INCLUDE_FIELDS, LIMIT, START)
                            .queryRule(QueryOption::requireSearchTerm)
                            .rejects(CURSOR, "the v1 search pages with start, cursor belongs to the v2 search"))),
    getLeadPermittedUsers(op("GET", V1, "leads/{id}/permittedUsers").tokens(10).list(Long.class)),
    getLeadFields(op("GET", V1, "leadFields").tokens(20).list(LeadField.class).query(LIMIT, START)),
    convertLeadToDeal(op("POST", V2, "leads/{id}/convert/deal").tokens(40).result(ConversionJob.class)
            .body(body(ConvertLeadRequest.class).rules(BodyValidator::validateConvertLead)
                    .optional(c -> ConvertLeadRequest.of(c.getStageId(), c.getPipelineId())))
            .followedBy("getLeadConversionStatus")),
    getLeadConversionStatus(op("GET", V2, "leads/{id}/convert/status/{conversionId}").tokens(1)
            .result(ConversionStatus.class)),
    convertDealToLead(op("POST", V2, "deals/{dealId}/convert/lead").tokens(40).result(ConversionJob.class)
            .followedBy("getDealConversionStatus")),
    getDealConversionStatus(op("GET", V2, "deals/{dealId}/convert/status/{conversionId}").tokens(1)
            .result(ConversionStatus.class)),
    findOrCreatePerson(op("POST", V2, "persons").tokens(5).result(Person.class)
            .body(body(PersonRequest.class).rules(PersonRequest::validateBody))
            .findOrCreate(op("GET", V2, "persons/search").tokens(20).list(ContactSearchResult.class).wrappedIn("items")
                            .query(TERM, MATCH_FIELD, EXACT_MATCH, LIMIT),
                    op("PATCH", V2, "persons/{personId}").tokens(5).result(Person.class))),
    findOrCreateOrganization(op("POST", V2, "organizations").tokens(5).result(Organization.class)
            .body(body(OrganizationRequest.class).rules(OrganizationRequest::validateBody))
            .findOrCreate(op("GET", V2, "organizations/search").tokens(20).list(ContactSearchResult.class)
                            .wrappedIn("items").query(TERM, MATCH_FIELD, EXACT_MATCH, LIMIT),
                    null)),
    addLeadNote(op("POST", V1, "notes").tokens(10).result(Note.class)
            .body(body(AddLeadNoteRequest.class).rules(AddLeadNoteRequest::validate)
                    .filling("lead_id", LEAD_ID).filling("pinned_to_lead_flag", PINNED_TO_LEAD))),
    getLeadNotes(op("GET", V1, "notes").tokens(20).list(Note.class).query(LEAD_ID, PINNED_TO_LEAD, LIMIT, START)
            .queryRule(QueryOption::requireLeadId));

    private final OperationRow row;

    PipedriveLeadsOperation(OperationRow row) {
        this.row = row;
    }

    /** The whole row. */
    public OperationRow row() {
        return row;
    }

    /** The HTTP method. */
    public String method() {
        return row.method();
    }

    /** The API generation the operation belongs to. */
    public ApiVersion apiVersion() {
        return row.apiVersion();
    }

    /** The path below the version prefix; {@code {id}} stands for the encoded lead or label id. */
    public String pathTemplate() {
        return row.pathTemplate();
    }

    /** Whether the operation needs a lead or label id. */
    public boolean requiresId() {
        return row.pathParameters().contains(PathParameter.ID);
    }

    /** Whether the operation needs a deal id. */
    public boolean requiresDealId() {
        return row.pathParameters().contains(PathParameter.DEAL_ID);
    }

    /** Whether the operation needs a conversion job id. */
    public boolean requiresConversionId() {
        return row.pathParameters().contains(PathParameter.CONVERSION_ID);
    }

    /** Whether the body may be omitted (it is then built from options). */
    public boolean isBodyOptional() {
        return row.body() != null && row.body().isOptional();
    }

    /** Whether the operation starts an asynchronous conversion that waitForConversion can wait for. */
    public boolean isConversion() {
        return row.followUp() != null;
    }

    /** The status operation that follows a conversion started by this operation, or null. */
    public PipedriveLeadsOperation conversionStatusOperation() {
        return row.followUp();
    }

    /** Whether the result is paged (and allPages can stream it). */
    public boolean isPaged() {
        return row.queryOptions().contains(QueryOption.LIMIT);
    }

    /** The HTTP status of success (201 for addLead, 200 otherwise). */
    public int successStatus() {
        return row.successStatus();
    }

    /** Tokens the request costs against the company's daily budget. */
    public int tokenCost() {
        return row.tokenCost();
    }

    /** The request body type, or null when the operation sends no body. */
    public Class<?> bodyType() {
        return row.body() == null ? null : row.body().type();
    }

    /** The type of the result (or of each element of a list result). */
    public Class<?> resultType() {
        return row.resultType();
    }

    /** The member of {@code data} that holds the results ({@code items} for search), or null when it is data itself. */
    public String resultWrapper() {
        return row.resultWrapper();
    }

    /** Whether the result is a list. */
    public boolean isListResult() {
        return row.isListResult();
    }

    /** The query options the operation accepts. */
    public Set<QueryOption> queryOptions() {
        return row.queryOptions();
    }

    /** Whether a polling consumer can be created for the operation. */
    public boolean isConsumable() {
        return row.isConsumable();
    }

    /** Whether a 404 answers an empty body when {@code notFoundAsEmptyBody=true}. */
    public boolean isNotFoundAsEmpty() {
        return row.isNotFoundAsEmpty();
    }
}
