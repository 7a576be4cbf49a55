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
package io.github.camelpipedrive.leads.client;

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A successful response. Its body is read on demand: {@link #readData(JavaType)} binds {@code data} straight into a
 * type in one pass (keeping only {@code additional_data} as a tree), {@link #data()} and {@link #root()} give the JSON
 * tree. A body that is not a JSON object raises {@link PipedriveLeadsException} naming the request.
 */
public final class ApiResult {

    private final ApiRequest request;
    private final ApiResponse response;
    private final ObjectMapper mapper;
    private JsonNode root;
    private JsonNode additionalData;
    private boolean additionalDataRead;

    public ApiResult(ApiRequest request, ApiResponse response, ObjectMapper mapper) {
        this.request = request;
        this.response = response;
        this.mapper = mapper;
    }

    /** The whole body as a JSON tree. */
    public JsonNode root() {
        if (root == null) {
            try {
                root = mapper.readTree(response.body());
            } catch (IOException e) {
                throw malformed(e);
            }
            if (root == null || !root.isObject()) {
                throw new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                                  + " without a JSON object body");
            }
        }
        return root;
    }

    /** The {@code data} member as a tree (a JSON null when absent). */
    public JsonNode data() {
        JsonNode data = root().get("data");
        return data == null ? NullNode.getInstance() : data;
    }

    /**
     * Binds {@code data} to {@code type} in one streaming pass over the body (null when {@code data} is null or
     * absent), remembering {@code additional_data} for {@link #pageInfo()}.
     */
    public Object readData(JavaType type) {
        if (root != null) {
            return bind(data(), type);
        }
        Object value = null;
        try (JsonParser parser = mapper.createParser(response.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                                  + " without a JSON object body");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("data".equals(name)) {
                    value = token == JsonToken.VALUE_NULL ? null : mapper.readValue(parser, type);
                } else if ("additional_data".equals(name)) {
                    additionalData = mapper.readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
            additionalDataRead = true;
            return value;
        } catch (PipedriveLeadsException e) {
            throw e;
        } catch (JsonMappingException e) {
            // valid JSON of another shape than the operation's result type
            throw new PipedriveLeadsException("Cannot read the " + request.operation() + " response as "
                                              + describe(type) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static String describe(JavaType type) {
        return type.isCollectionLikeType()
                ? "List<" + type.getContentType().getRawClass().getSimpleName() + ">"
                : type.getRawClass().getSimpleName();
    }

    private Object bind(JsonNode node, JavaType type) {
        try {
            return node == null || node.isNull() ? null : mapper.readerFor(type).readValue(node);
        } catch (IOException e) {
            throw new PipedriveLeadsException("Cannot read the " + request.operation() + " response: "
                                              + e.getMessage(), e);
        }
    }

    private PipedriveLeadsException malformed(IOException e) {
        return new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                           + " with malformed JSON (" + response.body().length + " bytes): "
                                           + ErrorMapper.summarize(new String(response.body(), StandardCharsets.UTF_8)),
                e);
    }

    /** Pagination metadata; never null. */
    public PageInfo pageInfo() {
        if (additionalDataRead && root == null) {
            return PageInfo.fromAdditionalData(additionalData);
        }
        return PageInfo.from(root());
    }

    /** Rate-limit headers of the response. */
    public RateLimitInfo rateLimit() {
        return response.rateLimit();
    }

    /** The HTTP status. */
    public int status() {
        return response.status();
    }

    /** The raw response. */
    public ApiResponse response() {
        return response;
    }
}
