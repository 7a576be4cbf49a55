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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.ArchivedStatus;
import io.github.camelpipedrive.leads.OperationRequest;
import io.github.camelpipedrive.leads.OperationRow;
import io.github.camelpipedrive.leads.PathParameter;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import org.apache.camel.Exchange;

/**
 * Builds the validated request(s) of one exchange: reads the values the operation's table row asks for from the
 * message (headers first, then endpoint options) and hands them to {@link OperationRequest}, the one request builder.
 * Any invalid input raises {@link PipedriveValidationException} before anything is sent.
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

    /** The requests to perform, in order (more than one only when the archivedStatus asks for both lists). */
    public List<OperationRequest> create(PipedriveLeadsOperation op, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        OperationRequest request = OperationRequest.of(op, configuration);
        OperationRow wire = request.wire();
        for (PathParameter parameter : wire.pathParameters()) {
            request.path(parameter, required(exchange, parameter.header(), parameter.configured(configuration),
                    parameter.optionName()));
        }
        for (QueryOption option : wire.queryOptions()) {
            Object value = headerOrOption(exchange, option.header(), option.configured(configuration));
            if (value != null) {
                request.query(option, value);
            }
        }
        request.validateQuery();
        for (Map.Entry<QueryOption, String> rejected : wire.rejectedOptions().entrySet()) {
            QueryOption option = rejected.getKey();
            if (headerOrOption(exchange, option.header(), option.configured(configuration)) != null) {
                String form = wire == op.row() ? op.name() : op.name() + " with " + op.row().variant().name();
                throw new PipedriveValidationException(option.optionName(),
                        "is not supported by " + form + ": " + rejected.getValue());
            }
        }
        OperationRow.Body body = op.row().body();
        if (body != null) {
            ObjectNode json = resolveBody(op, body, exchange, configuration);
            request.body(write(op, json), json);
        }
        return op.row().archivedList() == null ? List.of(request)
                : withArchivedList(request, exchange, configuration);
    }

    /** The active list, the archived list or both, as archivedStatus asks (default: active only). */
    private static List<OperationRequest> withArchivedList(OperationRequest active, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        Object header = exchange.getMessage().getHeader(PipedriveLeadsConstants.ARCHIVED_STATUS);
        ArchivedStatus status = header == null ? configuration.getArchivedStatus() : toArchivedStatus(header);
        if (status == null) {
            status = ArchivedStatus.not_archived;
        }
        List<OperationRequest> requests = new ArrayList<>(2);
        if (status != ArchivedStatus.archived) {
            requests.add(active);
        }
        if (status != ArchivedStatus.not_archived) {
            OperationRow archived = active.operation().row().archivedList().row();
            for (Map.Entry<QueryOption, String> rejected : archived.rejectedOptions().entrySet()) {
                if (active.query().containsKey(rejected.getKey())) {
                    throw new PipedriveValidationException(rejected.getKey().optionName(),
                            "cannot be combined with archivedStatus=" + status + ": " + rejected.getValue());
                }
            }
            requests.add(active.toArchivedList());
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
            throw new PipedriveValidationException("archivedStatus", "'" + value + "' is not valid: must be"
                                                                     + " archived, not_archived or all");
        }
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

    /** The body to send, as JSON: converted from the exchange, filled from options, checked against the API's rules. */
    private ObjectNode resolveBody(PipedriveLeadsOperation op, OperationRow.Body column, Exchange exchange,
            PipedriveLeadsConfiguration configuration) {
        ObjectNode json;
        if (column.isOptional() && exchange.getMessage().getBody() == null) {
            json = mapper.valueToTree(column.defaults().apply(configuration));
        } else {
            json = bodies.toJson(exchange, column, op.name());
        }
        for (Map.Entry<String, QueryOption> filled : column.filled().entrySet()) {
            JsonNode present = json.get(filled.getKey());
            QueryOption option = filled.getValue();
            Object value = headerOrOption(exchange, option.header(), option.configured(configuration));
            if ((present == null || present.isNull()) && value != null) {
                String formatted = option.format(value);
                json.set(filled.getKey(), formatted.matches("\\d{1,18}") ? LongNode.valueOf(Long.parseLong(formatted))
                        : TextNode.valueOf(formatted));
            }
        }
        if (customFieldNames != null && column.customFieldNames()) {
            json = customFieldNames.apply(op, json);
        }
        BodyValidator.rejectUnknownKeys(json, column.type(), column.customFieldNames());
        column.rules().accept(json);
        return json;
    }

    private byte[] write(PipedriveLeadsOperation op, ObjectNode json) {
        try {
            return mapper.writeValueAsBytes(json); // UTF-8, without an intermediate String
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the " + op.name() + " body", e);
        }
    }
}
