package io.github.camelpipedrive.leads.producer;

import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.SearchApiVersion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.ArchivedStatus;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadLabelRequest;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import org.apache.camel.Exchange;

/**
 * Builds the validated request(s) of one exchange from the operation table, the message (headers and body) and the
 * endpoint options. Any invalid input raises {@link PipedriveValidationException} before anything is sent.
 */
public final class RequestFactory {

    private final ObjectMapper mapper;
    private final BodyConverter bodies;
    private final BodyRewriter customFieldNames;

    public RequestFactory(ObjectMapper mapper) {
        this(mapper, null);
    }

    /**
     * @param customFieldNames rewrites lead bodies that use custom field names into keys and option ids, or null
     */
    public RequestFactory(ObjectMapper mapper, BodyRewriter customFieldNames) {
        this.mapper = mapper;
        this.bodies = new BodyConverter(mapper);
        this.customFieldNames = customFieldNames;
    }

    /** A step that rewrites a request body before it is validated, for example custom field names into keys. */
    @FunctionalInterface
    public interface BodyRewriter {
        ObjectNode apply(PipedriveLeadsOperation op, ObjectNode body);
    }

    /** The requests to perform, in order (more than one only for getLeads with archivedStatus=all). */
    public List<ApiRequest> create(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        String path = op.pathTemplate();
        if (op.requiresId()) {
            path = path.replace("{id}", ApiRequest.encodeSegment(resolveId(exchange, configuration)));
        }
        if (op.requiresDealId()) {
            path = path.replace("{dealId}", Long.toString(resolveDealId(exchange, configuration)));
        }
        if (op.requiresConversionId()) {
            path = path.replace("{conversionId}", ApiRequest.encodeSegment(resolveConversionId(exchange,
                    configuration)));
        }
        Map<String, String> query = resolveQuery(op, exchange, configuration);
        if (op == PipedriveLeadsOperation.getArchivedLeads && headerOrOption(exchange,
                PipedriveLeadsConstants.UPDATED_SINCE, configuration.getUpdatedSince()) != null) {
            throw new PipedriveValidationException("updatedSince",
                    "is not supported by getArchivedLeads: GET /v1/leads/archived has no updated_since");
        }
        if (op == PipedriveLeadsOperation.searchLeads) {
            validateSearchTerm(query);
            if (configuration.getSearchApiVersion() == SearchApiVersion.v1) {
                return List.of(v1Search(exchange, configuration, query));
            }
        }
        byte[] body = op.bodyType() == null ? null : resolveBody(op, exchange, configuration);
        if (op != PipedriveLeadsOperation.getLeads) {
            return List.of(new ApiRequest(op.name(), op.method(), op.apiVersion(), path, query, body, op.tokenCost()));
        }
        return leadListRequests(op, exchange, configuration, query);
    }

    private List<ApiRequest> leadListRequests(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration, Map<String, String> query) {
        Object header = exchange.getMessage().getHeader(PipedriveLeadsConstants.ARCHIVED_STATUS);
        ArchivedStatus status = header == null ? configuration.getArchivedStatus() : toArchivedStatus(header);
        if (status == null) {
            status = ArchivedStatus.not_archived;
        }
        if (status != ArchivedStatus.not_archived && query.containsKey(QueryOption.UPDATED_SINCE.apiName())) {
            throw new PipedriveValidationException("updatedSince",
                    "cannot be combined with archivedStatus=" + status
                                                                   + ": GET /v1/leads/archived has no updated_since");
        }
        List<ApiRequest> requests = new ArrayList<>(2);
        if (status != ArchivedStatus.archived) {
            requests.add(new ApiRequest(op.name(), op.method(), op.apiVersion(), "leads", query, null,
                    op.tokenCost()));
        }
        if (status != ArchivedStatus.not_archived) {
            requests.add(new ApiRequest(op.name(), op.method(), op.apiVersion(), "leads/archived", query, null,
                    PipedriveLeadsOperation.getArchivedLeads.tokenCost()));
        }
        return requests;
    }

    private static ArchivedStatus toArchivedStatus(Object value) {
        if (value instanceof ArchivedStatus) {
            return (ArchivedStatus) value;
        }
        try {
            return ArchivedStatus.valueOf(value.toString().trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw new PipedriveValidationException("archivedStatus", "must be archived, not_archived or all");
        }
    }

    /** The v1 search (GET /v1/leads/search): offset paging with start instead of the v2 cursor; 40 tokens. */
    private static ApiRequest v1Search(Exchange exchange, PipedriveLeadsConfiguration configuration,
            Map<String, String> query) {
        if (query.containsKey(QueryOption.CURSOR.apiName())) {
            throw new PipedriveValidationException("cursor", "belongs to the v2 search; the v1 search pages with start");
        }
        Map<String, String> v1 = new LinkedHashMap<>(query);
        Object start = headerOrOption(exchange, QueryOption.START.header(), QueryOption.START.configured(configuration));
        if (start != null) {
            v1.put(QueryOption.START.apiName(), QueryOption.START.format(start));
        }
        return new ApiRequest(PipedriveLeadsOperation.searchLeads.name(), "GET", ApiVersion.V1, "leads/search", v1,
                null, 40);
    }

    private static void validateSearchTerm(Map<String, String> query) {
        String term = query.get(QueryOption.TERM.apiName());
        if (term == null) {
            throw new PipedriveValidationException("term", "is required for searchLeads: set header "
                                                           + PipedriveLeadsConstants.TERM + " or the option term");
        }
        boolean exact = "true".equals(query.get(QueryOption.EXACT_MATCH.apiName()));
        if (term.trim().length() < (exact ? 1 : 2)) {
            throw new PipedriveValidationException("term", "must have at least 2 characters (1 with exactMatch=true)");
        }
    }

    private static long resolveDealId(Exchange exchange, PipedriveLeadsConfiguration configuration) {
        String value = required(exchange, PipedriveLeadsConstants.DEAL_ID, configuration.getDealId(), "dealId");
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new PipedriveValidationException("dealId", "must be a positive whole number, was '"
                                                             + QueryOption.abbreviate(value) + "'");
        }
    }

    private static String resolveConversionId(Exchange exchange, PipedriveLeadsConfiguration configuration) {
        String id = required(exchange, PipedriveLeadsConstants.CONVERSION_ID, configuration.getConversionId(),
                "conversionId");
        if (!Ids.isUuid(id)) {
            throw new PipedriveValidationException("conversionId", "must be a UUID, was '"
                                                                   + QueryOption.abbreviate(id) + "'");
        }
        return id;
    }

    private static String resolveId(Exchange exchange, PipedriveLeadsConfiguration configuration) {
        String id = required(exchange, PipedriveLeadsConstants.ID, configuration.getId(), "id");
        if (!Ids.isUuid(id)) {
            throw new PipedriveValidationException("id", "must be a UUID such as adf21080-0e10-11eb-879b-05d71fb426ec"
                                                         + ", was '" + QueryOption.abbreviate(id) + "'");
        }
        return id;
    }

    /** The header's value, else the endpoint option's; null when neither is set (blank counts as unset). */
    private static Object headerOrOption(Exchange exchange, String header, Object option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            value = option;
        }
        return value == null || value.toString().isBlank() ? null : value;
    }

    private static String required(Exchange exchange, String header, Object option, String optionName) {
        Object value = headerOrOption(exchange, header, option);
        if (value == null) {
            throw new PipedriveValidationException(optionName, "is required: set header " + header + " or the option "
                                                               + optionName);
        }
        return value.toString().trim();
    }

    private static Map<String, String> resolveQuery(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        Map<String, String> query = new LinkedHashMap<>();
        for (QueryOption option : QueryOption.values()) {
            if (!op.queryOptions().contains(option)) {
                continue;
            }
            Object value = headerOrOption(exchange, option.header(), option.configured(configuration));
            if (value != null) {
                query.put(option.apiName(), option.format(value));
            }
        }
        return query;
    }

    private byte[] resolveBody(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        ObjectNode json;
        if (op.isBodyOptional() && exchange.getMessage().getBody() == null) {
            json = mapper.createObjectNode();
            if (configuration.getStageId() != null) {
                json.put("stage_id", configuration.getStageId());
            }
            if (configuration.getPipelineId() != null) {
                json.put("pipeline_id", configuration.getPipelineId());
            }
        } else {
            json = bodies.toJson(exchange, op.bodyType(), op.name());
        }
        if (customFieldNames != null) {
            json = customFieldNames.apply(op, json);
        }
        if (op.bodyType() == AddLeadRequest.class) {
            BodyValidator.validateAddLead(json);
        } else if (op.bodyType() == UpdateLeadRequest.class) {
            BodyValidator.validateUpdateLead(json);
        } else if (op.bodyType() == AddLeadLabelRequest.class) {
            BodyValidator.validateAddLabel(json);
        } else if (op.bodyType() == UpdateLeadLabelRequest.class) {
            BodyValidator.validateUpdateLabel(json);
        } else if (op.bodyType() == ConvertLeadRequest.class) {
            BodyValidator.validateConvertLead(json);
        }
        try {
            return mapper.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the " + op.name() + " body", e);
        }
    }
}
