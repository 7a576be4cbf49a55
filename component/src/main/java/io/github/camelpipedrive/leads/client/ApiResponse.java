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

/**
 * A raw response: status, headers and body bytes (possibly empty), with its rate-limit headers read once. A success
 * whose body was bound while it streamed ({@link PipedriveHttpClient#execute(BaseUri, ApiRequest, AuthProvider,
 * SuccessBodyReader)}) has no bytes: {@code streamed} holds what was read from them.
 */
public record ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType,
        RateLimitInfo rateLimit, StreamedData streamed) {

    private static final byte[] NO_BYTES = new byte[0];

    public ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType) {
        this(status, headers, body, contentType, RateLimitInfo.from(headers), null);
    }

    public ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType,
                       RateLimitInfo rateLimit) {
        this(status, headers, body, contentType, rateLimit, null);
    }

    /** A success whose body was bound while it streamed. */
    static ApiResponse streamed(int status, HttpHeadersView headers, String contentType, StreamedData streamed) {
        return new ApiResponse(status, headers, NO_BYTES, contentType, RateLimitInfo.from(headers), streamed);
    }

    /** The body's length in bytes, read or streamed. */
    public long bodyLength() {
        return streamed != null ? streamed.bytes() : body.length;
    }
}
