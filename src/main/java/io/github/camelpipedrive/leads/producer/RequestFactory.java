package io.github.camelpipedrive.leads.producer;

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
import io.github.camelpipedrive.leads.client.PipedriveLeadsException;
import io.github.camelpipedrive.leads.client.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadLabelRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
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

    public RequestFactory(ObjectMapper mapper) {
        this.mapper = mapper;
        this.bodies = new BodyConverter(mapper);
    }

    /** The requests to perform, in order (more than one only for getLeads with archivedStatus=all). */
    public List<ApiRequest> create(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        String path = op.pathTemplate();
        if (op.requiresId()) {
            path = path.replace("{id}", ApiRequest.encodeSegment(resolveId(exchange, configuration)));
        }
        Map<String, String> query = resolveQuery(op, exchange, configuration);
        byte[] body = op.bodyType() == null ? null : resolveBody(op, exchange);
        if (op != PipedriveLeadsOperation.getLeads) {
            return List.of(new ApiRequest(op.name(), op.method(), op.apiVersion(), path, query, body));
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
            requests.add(new ApiRequest(op.name(), op.method(), op.apiVersion(), "leads", query, null));
        }
        if (status != ArchivedStatus.not_archived) {
            requests.add(new ApiRequest(op.name(), op.method(), op.apiVersion(), "leads/archived", query, null));
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

    private static String resolveId(Exchange exchange, PipedriveLeadsConfiguration configuration) {
        Object header = exchange.getMessage().getHeader(PipedriveLeadsConstants.ID);
        String id = header != null ? header.toString() : configuration.getId();
        if (id == null || id.isBlank()) {
            throw new PipedriveValidationException("id", "is required: set header " + PipedriveLeadsConstants.ID
                                                         + " or the endpoint option id");
        }
        if (!Ids.isUuid(id.trim())) {
            throw new PipedriveValidationException("id", "must be a UUID such as adf21080-0e10-11eb-879b-05d71fb426ec"
                                                         + ", was '" + QueryOption.abbreviate(id) + "'");
        }
        return id.trim();
    }

    private static Map<String, String> resolveQuery(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        Map<String, String> query = new LinkedHashMap<>();
        for (QueryOption option : QueryOption.values()) {
            if (!op.queryOptions().contains(option)) {
                continue;
            }
            Object value = exchange.getMessage().getHeader(option.header());
            if (value == null) {
                value = option.configured(configuration);
            }
            if (value != null && !value.toString().isBlank()) {
                query.put(option.apiName(), option.format(value));
            }
        }
        return query;
    }

    private byte[] resolveBody(PipedriveLeadsOperation op, Exchange exchange) {
        ObjectNode json = bodies.toJson(exchange, op.bodyType(), op.name());
        if (op.bodyType() == AddLeadRequest.class) {
            BodyValidator.validateAddLead(json);
        } else if (op.bodyType() == UpdateLeadRequest.class) {
            BodyValidator.validateUpdateLead(json);
        } else if (op.bodyType() == AddLeadLabelRequest.class) {
            BodyValidator.validateAddLabel(json);
        } else if (op.bodyType() == UpdateLeadLabelRequest.class) {
            BodyValidator.validateUpdateLabel(json);
        }
        try {
            return mapper.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the " + op.name() + " body", e);
        }
    }
}
