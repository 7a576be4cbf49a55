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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Thrown by handlers to end a request with an error response; the dispatcher turns it into the
 * response so that validation code can stay linear.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SandboxResponse response;

    ApiException(SandboxResponse response) {
        super(null, null, false, false);
        this.response = response;
    }

    SandboxResponse response() {
        return response;
    }

    /** 400 with the Joi-style text the real API uses for body and parameter validation. */
    static ApiException invalid(String errorInfo) {
        return new ApiException(Envelope.error(400, "provided dataset is not valid", errorInfo));
    }

    static ApiException badRequest(String error, String errorInfo) {
        return new ApiException(Envelope.error(400, error, errorInfo));
    }

    static ApiException leadNotFound() {
        return new ApiException(Envelope.error(404, "requested lead not found", "Object was not found."));
    }

    static ApiException labelNotFound() {
        return new ApiException(Envelope.error(404, "requested lead label not found", "Object was not found."));
    }

    /** The v2 conversion endpoints' 404 body (SPEC-v2 example). */
    static ApiException entityNotFound() {
        return new ApiException(Envelope.error(404, "Entity was not found", "Object was not found."));
    }

    static ApiException of(int status, ObjectNode body) {
        return new ApiException(SandboxResponse.json(status, Json.bytes(body)));
    }
}
