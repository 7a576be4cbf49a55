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
import io.github.camelpipedrive.leads.exception.PipedriveResponseTooLargeException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
    private final SecretRedaction redaction;
    private JsonNode root;
    /** What {@code data} was bound to in one pass, with {@code additional_data}: while it streamed, or later. */
    private StreamedData bound;

    /** @param redaction takes the client's credentials out of what the server sent, before it reaches a message */
    ApiResult(ApiRequest request, ApiResponse response, ObjectMapper mapper, SecretRedaction redaction) {
        this.request = request;
        this.response = response;
        this.mapper = mapper;
        this.redaction = redaction;
        this.bound = response.streamed();
    }

    /** The whole body as a JSON tree. */
    public JsonNode root() {
        if (response.streamed() != null) {
            throw new IllegalStateException("the " + request.operation() + " response was bound while it streamed;"
                                            + " its JSON tree was not kept");
        }
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
     * absent), remembering {@code additional_data} for {@link #pageInfo()}. A body already bound while it streamed
     * (see {@link #streamingReader}) gives what was bound then.
     */
    public Object readData(JavaType type) {
        StreamedData streamed = response.streamed();
        if (streamed != null) {
            if (!streamed.type().equals(type)) {
                throw new IllegalStateException("the " + request.operation() + " response was read as "
                                                + describe(streamed.type()) + ", not " + describe(type));
            }
            return streamed.data();
        }
        if (root != null) {
            return bind(data(), type);
        }
        try (JsonParser parser = mapper.createParser(response.body())) {
            bound = readBody(parser, request, mapper, type, response.status(), () -> response.body().length);
            return bound.data();
        } catch (PipedriveLeadsException e) {
            throw e;
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /**
     * A reader that binds a success body's {@code data} to {@code type} while the body streams from the connection
     * (see {@link PipedriveApiClient#call(ApiRequest, int, JavaType)}). Content that cannot be read fails as
     * {@link #readData(JavaType)} does; a failing connection is thrown as the {@link IOException} it is, so that the
     * request can be retried like any transport failure.
     */
    static SuccessBodyReader streamingReader(ApiRequest request, ObjectMapper mapper, JavaType type,
                                             SecretRedaction redaction) {
        return (head, body, bytesRead) -> {
            int status = head.status();
            try (JsonParser parser = mapper.createParser(body)) {
                // the transport reads (and counts) what follows the object, then closes the body itself
                parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                return readBody(parser, request, mapper, type, status, bytesRead);
            } catch (PipedriveLeadsException e) {
                throw redacted(e, redaction); // Jackson's messages quote the value they could not read
            } catch (IOException e) {
                rethrowConnectionFailure(e);
                throw redacted(new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + status
                                                           + " with malformed JSON (" + bytesRead.getAsLong()
                                                           + " bytes read): " + (e instanceof JacksonException j
                                                                   ? j.getOriginalMessage() : e.getMessage()), e),
                        redaction);
            }
        };
    }

    /** The failure itself, or (when the server's text in it holds a credential) a copy with it taken out. */
    private static PipedriveLeadsException redacted(PipedriveLeadsException failure, SecretRedaction redaction) {
        String message = redaction.apply(failure.getMessage());
        Throwable cause = redaction.apply(failure.getCause());
        if (message.equals(failure.getMessage()) && cause == failure.getCause()) {
            return failure;
        }
        return new PipedriveLeadsException(message, cause);
    }

    /**
     * Rethrows the connection's own failure behind a read failure, if there is one: Jackson passes it through, but
     * databind wraps it (and a body refused as too large) with the path of the element being read.
     */
    private static void rethrowConnectionFailure(Exception e) throws IOException {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PipedriveResponseTooLargeException tooLarge) {
                throw tooLarge;
            }
            if (t instanceof IOException io && !(t instanceof JacksonException)
                && !(t instanceof java.io.CharConversionException)) { // the latter: Jackson's, for bad encodings
                throw io;
            }
        }
    }

    /** Reads a body's members: {@code data} bound to {@code type}, {@code additional_data} as a tree. */
    private static StreamedData readBody(JsonParser parser, ApiRequest request, ObjectMapper mapper, JavaType type,
                                         int status, java.util.function.LongSupplier bytesRead) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + status
                                              + " without a JSON object body");
        }
        Object value = null;
        JsonNode additional = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("data".equals(name)) {
                    value = token == JsonToken.VALUE_NULL ? null : mapper.readValue(parser, type);
                } else if ("additional_data".equals(name)) {
                    additional = mapper.readTree(parser);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonMappingException e) {
            rethrowConnectionFailure(e); // the connection failed while an element was read: not a question of shape
            for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof StreamReadException syntax) {
                    throw syntax; // broken JSON inside an element: malformed, not a question of shape either
                }
            }
            // valid JSON of another shape than the operation's result type
            throw new PipedriveLeadsException("Cannot read the " + request.operation() + " response as "
                                              + describe(type) + ": " + e.getOriginalMessage(), e);
        }
        return new StreamedData(type, value, additional, bytesRead.getAsLong());
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
            throw redacted(new PipedriveLeadsException("Cannot read the " + request.operation() + " response: "
                                                       + e.getMessage(), e), redaction);
        }
    }

    private PipedriveLeadsException malformed(IOException e) {
        SecretRedaction withAnswers = redaction.withSecretsOf(response.body());
        return redacted(new PipedriveLeadsException("Pipedrive " + request + " returned HTTP " + response.status()
                                                    + " with malformed JSON (" + response.body().length + " bytes): "
                                                    + ErrorMapper.summarize(withAnswers.apply(new String(
                                                            response.body(), StandardCharsets.UTF_8))), e),
                withAnswers);
    }

    /** Pagination metadata; never null. */
    public PageInfo pageInfo() {
        if (bound != null && root == null) {
            return PageInfo.fromAdditionalData(bound.additionalData());
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
