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
import io.github.camelpipedrive.leads.producer.QueryOption;

import static io.github.camelpipedrive.leads.producer.QueryOption.FILTER_ID;
import static io.github.camelpipedrive.leads.producer.QueryOption.LIMIT;
import static io.github.camelpipedrive.leads.producer.QueryOption.ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.producer.QueryOption.OWNER_ID;
import static io.github.camelpipedrive.leads.producer.QueryOption.PERSON_ID;
import static io.github.camelpipedrive.leads.producer.QueryOption.SORT;
import static io.github.camelpipedrive.leads.producer.QueryOption.START;
import static io.github.camelpipedrive.leads.producer.QueryOption.UPDATED_SINCE;

/**
 * The operation table: one row per Pipedrive Leads API operation, with everything the producer needs to perform it
 * (method, path, success status, token cost, body and result types, query options). The producer has no
 * per-operation code.
 */
public enum PipedriveLeadsOperation {

    addLead("POST", "leads", 201, 10, AddLeadRequest.class, Lead.class, false, Set.of()),
    getLead("GET", "leads/{id}", 200, 2, null, Lead.class, false, Set.of()),
    getLeads("GET", "leads", 200, 20, null, Lead.class, true,
            EnumSet.of(LIMIT, START, OWNER_ID, PERSON_ID, ORGANIZATION_ID, FILTER_ID, SORT, UPDATED_SINCE)),
    updateLead("PATCH", "leads/{id}", 200, 10, UpdateLeadRequest.class, Lead.class, false, Set.of()),
    deleteLead("DELETE", "leads/{id}", 200, 6, null, DeletedItem.class, false, Set.of()),
    addLeadLabel("POST", "leadLabels", 200, 10, AddLeadLabelRequest.class, LeadLabel.class, false, Set.of()),
    getLeadLabels("GET", "leadLabels", 200, 10, null, LeadLabel.class, true, Set.of()),
    updateLeadLabel("PATCH", "leadLabels/{id}", 200, 10, UpdateLeadLabelRequest.class, LeadLabel.class, false,
            Set.of()),
    deleteLeadLabel("DELETE", "leadLabels/{id}", 200, 6, null, DeletedItem.class, false, Set.of()),
    getLeadSources("GET", "leadSources", 200, 2, null, LeadSource.class, true, Set.of());

    private final String method;
    private final String pathTemplate;
    private final int successStatus;
    private final int tokenCost;
    private final Class<?> bodyType;
    private final Class<?> resultType;
    private final boolean listResult;
    private final Set<QueryOption> queryOptions;

    PipedriveLeadsOperation(String method, String pathTemplate, int successStatus, int tokenCost, Class<?> bodyType,
            Class<?> resultType, boolean listResult, Set<QueryOption> queryOptions) {
        this.method = method;
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
        return ApiVersion.V1;
    }

    /** The path below the version prefix; {@code {id}} stands for the encoded lead or label id. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether the operation needs an id. */
    public boolean requiresId() {
        return pathTemplate.contains("{id}");
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
