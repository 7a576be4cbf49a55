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

    public ApiResponse(int status, HttpHeadersView headers, byte[] body, String contentType) {
        this(status, headers, body, contentType, RateLimitInfo.from(headers), null);
    }

    /** This response (read up to its body) with what was bound from its body while it streamed. */
    ApiResponse withStreamed(StreamedData bound) {
        return new ApiResponse(status, headers, body, contentType, rateLimit, bound);
    }

    /** The body's length in bytes, read or streamed. */
    public long bodyLength() {
        return streamed != null ? streamed.bytes() : body.length;
    }
}
