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
package io.github.camelpipedrive.leads.exception;

import io.github.camelpipedrive.leads.client.RateLimitInfo;
import io.github.camelpipedrive.leads.client.SafeText;

/**
 * Pipedrive answered with a status other than the operation's success status. Carries the HTTP status, Pipedrive's
 * {@code error} and {@code error_info}, the operation, method and path (never a credential, never the query).
 * The message carries Pipedrive's texts without control characters and cut to
 * {@value io.github.camelpipedrive.leads.client.SafeText#MAX_MESSAGE_TEXT} characters (a crafted error cannot forge
 * log lines); {@link #getError()} and {@link #getErrorInfo()} keep them as received.
 */
public class PipedriveApiException extends PipedriveLeadsException {

    private final int statusCode;
    private final String error;
    private final String errorInfo;
    private final String operation;
    private final String method;
    private final String path;
    private final transient RateLimitInfo rateLimit;

    public PipedriveApiException(int statusCode, String error, String errorInfo, String operation, String method,
            String path, RateLimitInfo rateLimit) {
        super(describe(statusCode, error, errorInfo, operation, method, path));
        this.statusCode = statusCode;
        this.error = error;
        this.errorInfo = errorInfo;
        this.operation = operation;
        this.method = method;
        this.path = path;
        this.rateLimit = rateLimit;
    }

    private static String describe(int status, String error, String errorInfo, String operation, String method,
            String path) {
        StringBuilder sb = new StringBuilder("Pipedrive ").append(operation).append(" (").append(method).append(' ')
                .append(path).append(") failed with HTTP ").append(status);
        if (error != null && !error.isBlank()) {
            sb.append(": ").append(SafeText.forMessage(error));
        }
        if (errorInfo != null && !errorInfo.isBlank()) {
            sb.append(" (").append(SafeText.forMessage(errorInfo)).append(')');
        }
        return sb.toString();
    }

    /** The HTTP status code. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Pipedrive's {@code error} text as received (control characters and all), or a summary of a non-JSON body. */
    public String getError() {
        return error;
    }

    /** Pipedrive's {@code error_info} text as received, or null. */
    public String getErrorInfo() {
        return errorInfo;
    }

    /** The component operation, for example {@code getLead}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP method. */
    public String getMethod() {
        return method;
    }

    /** The request path without query. */
    public String getPath() {
        return path;
    }

    /** Rate-limit headers of the failed response. */
    public RateLimitInfo getRateLimit() {
        return rateLimit;
    }
}
