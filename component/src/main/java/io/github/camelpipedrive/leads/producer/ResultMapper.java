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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelpipedrive.leads.OperationRow;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

/**
 * Maps the {@code data} of a response onto the operation's typed result (a model or a list of models).
 */
public final class ResultMapper {

    private final ObjectMapper mapper;
    /** The result type of every operation, built once: this runs for every exchange. */
    private final Map<PipedriveLeadsOperation, JavaType> types = new EnumMap<>(PipedriveLeadsOperation.class);

    public ResultMapper(ObjectMapper mapper) {
        this.mapper = mapper;
        for (PipedriveLeadsOperation op : PipedriveLeadsOperation.values()) {
            types.put(op, op.isListResult()
                    ? mapper.getTypeFactory().constructCollectionType(List.class, op.resultType())
                    : mapper.getTypeFactory().constructType(op.resultType()));
        }
    }

    /**
     * The type an operation's {@code data} can be bound to while the response streams (see
     * {@link io.github.camelpipedrive.leads.client.PipedriveApiClient#call(ApiRequest, int, JavaType)}), or null when
     * its result is read from a wrapper in the JSON tree.
     */
    public JavaType streamedType(PipedriveLeadsOperation op) {
        return op.resultWrapper() == null ? types.get(op) : null;
    }

    /** The typed result of a response, bound in one pass where the shape allows. */
    public Object map(PipedriveLeadsOperation op, ApiResult result) {
        if (op.resultWrapper() != null) {
            return map(op, result.data());
        }
        Object value = result.readData(types.get(op));
        return value == null && op.isListResult() ? new ArrayList<>() : value;
    }

    /**
     * The list result of another wire form of an operation (a find-or-create's search), read with that row's element
     * type and wrapper.
     */
    public List<?> mapRow(OperationRow row, ApiResult result) {
        JsonNode data = result.data();
        JsonNode list = data != null && row.resultWrapper() != null && data.isObject()
                ? data.get(row.resultWrapper()) : data;
        if (list == null || list.isNull()) {
            return new ArrayList<>();
        }
        try {
            return mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, row.resultType()))
                    .readValue(list);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new PipedriveLeadsException("Cannot read the " + row.method() + " " + row.pathTemplate()
                                              + " response: " + e.getMessage(), e);
        }
    }

    /** The typed result of a {@code data} tree; null when it is null; a list result is never null. */
    public Object map(PipedriveLeadsOperation op, JsonNode data) {
        JsonNode result = data != null && op.resultWrapper() != null && data.isObject()
                ? data.get(op.resultWrapper()) : data;
        if (result == null || result.isNull()) {
            return op.isListResult() ? new ArrayList<>() : null;
        }
        try {
            return mapper.readerFor(types.get(op)).readValue(result);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new PipedriveLeadsException("Cannot read the " + op.name() + " response as "
                                              + op.resultType().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
