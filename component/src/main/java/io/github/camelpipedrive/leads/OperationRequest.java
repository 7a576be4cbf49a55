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

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.client.ApiRequest;

/**
 * The one way to build a request of any operation: from its table row (or one of the row's other wire forms: a
 * variant, the archived list), path parameter values, query option values and a body. Producer, consumer,
 * conversion follow-ups and the custom field catalog all build their requests here, so method, path, version and
 * token cost only ever come from the table.
 * <p>
 * Values are validated as they are set (the option's or parameter's own rule); asking for something the row does not
 * have (an option it does not accept, a path parameter it has not, a body it does not send) is a programming error and
 * raises {@link IllegalArgumentException}.
 */
public final class OperationRequest {

    private final PipedriveLeadsOperation operation;
    private final OperationRow wire;
    private final Map<PathParameter, String> segments = new EnumMap<>(PathParameter.class);
    private final Map<QueryOption, String> query = new EnumMap<>(QueryOption.class);
    private byte[] body;
    /** The validated JSON the body was written from, when the request was built from an exchange; else null. */
    private ObjectNode bodyTree;

    private OperationRequest(PipedriveLeadsOperation operation, OperationRow wire) {
        this.operation = operation;
        this.wire = wire;
    }

    /** A request of the operation in its own wire form. */
    public static OperationRequest of(PipedriveLeadsOperation operation) {
        return new OperationRequest(operation, operation.row());
    }

    /**
     * A request of the operation in its wire form for this configuration: the variant's when the configuration selects
     * it (for example searchApiVersion=v1), else its own.
     */
    public static OperationRequest of(PipedriveLeadsOperation operation, PipedriveLeadsConfiguration configuration) {
        return new OperationRequest(operation, operation.row().effective(configuration));
    }

    /** The search that a find-or-create operation runs before it creates anything. */
    public static OperationRequest findOrCreateSearch(PipedriveLeadsOperation operation) {
        return new OperationRequest(operation, findOrCreate(operation).search());
    }

    /** The update that links a person found by a find-or-create operation to an organization. */
    public static OperationRequest findOrCreateLink(PipedriveLeadsOperation operation) {
        OperationRow link = findOrCreate(operation).link();
        if (link == null) {
            throw new IllegalArgumentException(operation + " links nothing");
        }
        return new OperationRequest(operation, link);
    }

    private static OperationRow.FindOrCreate findOrCreate(PipedriveLeadsOperation operation) {
        OperationRow.FindOrCreate column = operation.row().findOrCreate();
        if (column == null) {
            throw new IllegalArgumentException(operation + " is not a find-or-create operation");
        }
        return column;
    }

    /** The same request with another JSON body (for example the lead once its intake contacts became ids). */
    public OperationRequest withBody(byte[] json) {
        OperationRequest copy = new OperationRequest(operation, wire);
        copy.segments.putAll(segments);
        copy.query.putAll(query);
        return copy.body(json);
    }

    /** The JSON body set so far, or null. */
    public byte[] bodyJson() {
        return body;
    }

    /**
     * The validated JSON the body was written from (when the request was built from an exchange), so that a later
     * step can look into it without parsing the bytes again; null otherwise. Read it, do not modify it.
     */
    public ObjectNode bodyTree() {
        return bodyTree;
    }

    /**
     * The same request sent to the operation's archived list (named after this operation, costed as the archived
     * list); every query value set so far must be accepted by it.
     */
    public OperationRequest toArchivedList() {
        PipedriveLeadsOperation archived = operation.row().archivedList();
        if (archived == null) {
            throw new IllegalArgumentException(operation + " has no archived list");
        }
        OperationRequest copy = new OperationRequest(operation, archived.row());
        copy.segments.putAll(segments);
        query.forEach((option, value) -> copy.put(option, value));
        copy.body = body;
        copy.bodyTree = bodyTree;
        return copy;
    }

    /**
     * The request of the operation that follows this one's asynchronous job (a conversion's status), for the job id
     * the API answered: it is encoded, not validated, because it comes from the API rather than from the user.
     */
    public OperationRequest followUp(String conversionId) {
        PipedriveLeadsOperation next = operation.row().followUp();
        if (next == null) {
            throw new IllegalArgumentException(operation + " has no follow-up operation");
        }
        OperationRequest followUp = of(next);
        for (PathParameter p : next.row().pathParameters()) {
            if (segments.containsKey(p)) {
                followUp.segments.put(p, segments.get(p));
            }
        }
        followUp.segments.put(PathParameter.CONVERSION_ID, ApiRequest.encodeSegment(conversionId));
        return followUp;
    }

    /** Sets a path parameter, validated by its rule. */
    public OperationRequest path(PathParameter parameter, Object value) {
        if (!wire.pathParameters().contains(parameter)) {
            throw new IllegalArgumentException(operation + " has no path parameter " + parameter.optionName());
        }
        segments.put(parameter, parameter.toSegment(value.toString().trim()));
        return this;
    }

    /** Sets a query option, validated and written by the option's rule. */
    public OperationRequest query(QueryOption option, Object value) {
        return put(option, option.format(value));
    }

    private OperationRequest put(QueryOption option, String formatted) {
        if (!wire.queryOptions().contains(option)) {
            throw new IllegalArgumentException(operation + " (" + wire.method() + " " + wire.pathTemplate()
                                               + ") does not accept the query option " + option.optionName());
        }
        query.put(option, formatted);
        return this;
    }

    /** Sets the JSON body (already checked against the body column's rules). */
    public OperationRequest body(byte[] json) {
        if (operation.row().body() == null) {
            throw new IllegalArgumentException(operation + " sends no body");
        }
        this.body = json;
        this.bodyTree = null;
        return this;
    }

    /** Sets the JSON body and the validated tree it was written from. */
    public OperationRequest body(byte[] json, ObjectNode validated) {
        body(json);
        this.bodyTree = validated;
        return this;
    }

    /** Checks the row's rule across query values (for example: search needs a term). */
    public OperationRequest validateQuery() {
        wire.queryRule().accept(Collections.unmodifiableMap(query));
        return this;
    }

    /** The operation this request performs. */
    public PipedriveLeadsOperation operation() {
        return operation;
    }

    /** The row that gives the wire form (the operation's own, its variant's or its archived list's). */
    public OperationRow wire() {
        return wire;
    }

    /** The formatted query values set so far. */
    public Map<QueryOption, String> query() {
        return Collections.unmodifiableMap(query);
    }

    /** The request to send. */
    public ApiRequest toApiRequest() {
        validateQuery();
        String path = wire.pathTemplate();
        for (PathParameter p : wire.pathParameters()) {
            String segment = segments.get(p);
            if (segment == null) {
                throw new IllegalArgumentException(operation + " needs the path parameter " + p.optionName());
            }
            path = path.replace("{" + p.optionName() + "}", segment);
        }
        OperationRow.Body column = operation.row().body();
        if (body == null && column != null && !column.isOptional() && wire == operation.row()) {
            throw new IllegalArgumentException(operation + " needs a body");
        }
        Map<String, String> wireQuery = new LinkedHashMap<>();
        query.forEach((option, value) -> wireQuery.put(option.apiName(), value));
        return new ApiRequest(operation.name(), wire.method(), wire.apiVersion(), path, wireQuery, body,
                wire.tokenCost());
    }
}
