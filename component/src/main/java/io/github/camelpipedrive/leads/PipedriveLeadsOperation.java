package io.github.camelpipedrive.leads;

import java.util.EnumSet;
import java.util.Set;

import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.DeletedItem;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.LeadLabel;
import io.github.camelpipedrive.leads.model.LeadSource;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.LeadField;
import io.github.camelpipedrive.leads.model.LeadSearchResult;
import io.github.camelpipedrive.leads.QueryOption;

import static io.github.camelpipedrive.leads.client.ApiVersion.V1;
import static io.github.camelpipedrive.leads.client.ApiVersion.V2;
import static io.github.camelpipedrive.leads.QueryOption.CURSOR;
import static io.github.camelpipedrive.leads.QueryOption.EXACT_MATCH;
import static io.github.camelpipedrive.leads.QueryOption.FIELDS;
import static io.github.camelpipedrive.leads.QueryOption.FILTER_ID;
import static io.github.camelpipedrive.leads.QueryOption.INCLUDE_FIELDS;
import static io.github.camelpipedrive.leads.QueryOption.TERM;
import static io.github.camelpipedrive.leads.QueryOption.LIMIT;
import static io.github.camelpipedrive.leads.QueryOption.ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.QueryOption.OWNER_ID;
import static io.github.camelpipedrive.leads.QueryOption.PERSON_ID;
import static io.github.camelpipedrive.leads.QueryOption.SORT;
import static io.github.camelpipedrive.leads.QueryOption.START;
import static io.github.camelpipedrive.leads.QueryOption.UPDATED_SINCE;

/**
 * The operation table: one row per Pipedrive Leads API operation, with everything the producer needs to perform it
 * (method, path, success status, token cost, body and result types, query options). The producer has no
 * per-operation code.
 */
public enum PipedriveLeadsOperation {

    addLead("POST", V1, "leads", 201, 10, AddLeadRequest.class, Lead.class, false, Set.of()),
    getLead("GET", V1, "leads/{id}", 200, 2, null, Lead.class, false, Set.of()),
    getLeads("GET", V1, "leads", 200, 20, null, Lead.class, true,
             EnumSet.of(LIMIT, START, OWNER_ID, PERSON_ID, ORGANIZATION_ID, FILTER_ID, SORT, UPDATED_SINCE)),
    updateLead("PATCH", V1, "leads/{id}", 200, 10, UpdateLeadRequest.class, Lead.class, false, Set.of()),
    deleteLead("DELETE", V1, "leads/{id}", 200, 6, null, DeletedItem.class, false, Set.of()),
    addLeadLabel("POST", V1, "leadLabels", 200, 10, AddLeadLabelRequest.class, LeadLabel.class, false, Set.of()),
    getLeadLabels("GET", V1, "leadLabels", 200, 10, null, LeadLabel.class, true, Set.of()),
    updateLeadLabel("PATCH", V1, "leadLabels/{id}", 200, 10, UpdateLeadLabelRequest.class, LeadLabel.class, false,
                    Set.of()),
    deleteLeadLabel("DELETE", V1, "leadLabels/{id}", 200, 6, null, DeletedItem.class, false, Set.of()),
    getLeadSources("GET", V1, "leadSources", 200, 2, null, LeadSource.class, true, Set.of()),
    getArchivedLeads("GET", V1, "leads/archived", 200, 40, null, Lead.class, true,
                     EnumSet.of(LIMIT, START, OWNER_ID, PERSON_ID, ORGANIZATION_ID, FILTER_ID, SORT)),
    searchLeads("GET", V2, "leads/search", 200, 20, null, LeadSearchResult.class, true,
                EnumSet.of(TERM, FIELDS, EXACT_MATCH, PERSON_ID, ORGANIZATION_ID, INCLUDE_FIELDS, LIMIT, CURSOR)),
    getLeadPermittedUsers("GET", V1, "leads/{id}/permittedUsers", 200, 10, null, Long.class, true, Set.of()),
    getLeadFields("GET", V1, "leadFields", 200, 20, null, LeadField.class, true, EnumSet.of(LIMIT, START)),
    convertLeadToDeal("POST", V2, "leads/{id}/convert/deal", 200, 40, ConvertLeadRequest.class, ConversionJob.class,
                      false, Set.of()),
    getLeadConversionStatus("GET", V2, "leads/{id}/convert/status/{conversionId}", 200, 1, null,
                            ConversionStatus.class, false, Set.of()),
    convertDealToLead("POST", V2, "deals/{dealId}/convert/lead", 200, 40, null, ConversionJob.class, false, Set.of()),
    getDealConversionStatus("GET", V2, "deals/{dealId}/convert/status/{conversionId}", 200, 1, null,
                            ConversionStatus.class, false, Set.of());

    private final String method;
    private final ApiVersion apiVersion;
    private final String pathTemplate;
    private final int successStatus;
    private final int tokenCost;
    private final Class<?> bodyType;
    private final Class<?> resultType;
    private final boolean listResult;
    private final Set<QueryOption> queryOptions;

    PipedriveLeadsOperation(String method, ApiVersion apiVersion, String pathTemplate, int successStatus, int tokenCost, Class<?> bodyType,
            Class<?> resultType, boolean listResult, Set<QueryOption> queryOptions) {
        this.method = method;
        this.apiVersion = apiVersion;
        this.pathTemplate = pathTemplate;
        this.successStatus = successStatus;
        this.tokenCost = tokenCost;
        this.bodyType = bodyType;
        this.resultType = resultType;
        this.listResult = listResult;
        this.queryOptions = queryOptions;
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The API generation the operation belongs to. */
    public ApiVersion apiVersion() {
        return apiVersion;
    }

    /** The path below the version prefix; {@code {id}} stands for the encoded lead or label id. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether the operation needs a lead or label id. */
    public boolean requiresId() {
        return pathTemplate.contains("{id}");
    }

    /** Whether the operation needs a deal id. */
    public boolean requiresDealId() {
        return pathTemplate.contains("{dealId}");
    }

    /** Whether the operation needs a conversion job id. */
    public boolean requiresConversionId() {
        return pathTemplate.contains("{conversionId}");
    }

    /** Whether the body may be omitted (it is then built from options, or empty). */
    public boolean isBodyOptional() {
        return this == convertLeadToDeal;
    }

    /** Whether the operation starts an asynchronous conversion that waitForConversion can wait for. */
    public boolean isConversion() {
        return this == convertLeadToDeal || this == convertDealToLead;
    }

    /** The status operation that follows a conversion started by this operation, or null. */
    public PipedriveLeadsOperation conversionStatusOperation() {
        return this == convertLeadToDeal ? getLeadConversionStatus
                : this == convertDealToLead ? getDealConversionStatus : null;
    }

    /** Whether the result is paged (and allPages can stream it). */
    public boolean isPaged() {
        return queryOptions.contains(QueryOption.LIMIT);
    }

    /** The HTTP status of success (201 for addLead, 200 otherwise). */
    public int successStatus() {
        return successStatus;
    }

    /** Tokens the request costs against the company's daily budget. */
    public int tokenCost() {
        return tokenCost;
    }

    /** The request body type, or null when the operation sends no body. */
    public Class<?> bodyType() {
        return bodyType;
    }

    /** The type of the result (or of each element of a list result). */
    public Class<?> resultType() {
        return resultType;
    }

    /** The member of {@code data} that holds the results ({@code items} for search), or null when it is data itself. */
    public String resultWrapper() {
        return this == searchLeads ? "items" : null;
    }

    /** Whether the result is a list. */
    public boolean isListResult() {
        return listResult;
    }

    /** The query options the operation accepts. */
    public Set<QueryOption> queryOptions() {
        return queryOptions;
    }

    /** Whether a polling consumer can be created for the operation. */
    public boolean isConsumable() {
        return this == getLeads;
    }
}
