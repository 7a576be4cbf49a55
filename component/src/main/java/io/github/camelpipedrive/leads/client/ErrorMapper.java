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

import io.github.camelpipedrive.leads.exception.PipedriveApiException;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns an error response into a {@link PipedriveApiException}: Pipedrive's JSON error envelope when there is one,
 * otherwise a short plain-text summary of the body (an HTML block page becomes its title or text).
 */
final class ErrorMapper {

    private static final int MAX_SUMMARY = 200;

    private ErrorMapper() {
    }

    /**
     * @param redaction applied to the texts taken from the body once they are decoded (a credential JSON-escaped in
     *                  the body is only plain text after parsing)
     */
    static PipedriveApiException toException(ApiRequest request, ApiResponse response, ObjectMapper mapper,
                                             SecretRedaction redaction) {
        String error = null;
        String errorInfo = null;
        String text = new String(response.body(), StandardCharsets.UTF_8);
        try {
            JsonNode root = mapper.readTree(response.body());
            if (root != null && root.isObject()) {
                error = textOrNull(root.get("error"));
                errorInfo = textOrNull(root.get("error_info"));
                if (error == null) {
                    error = textOrNull(root.get("message"));
                }
            }
        } catch (Exception notJson) {
            // fall through to the text summary
        }
        if (error == null) {
            error = text.isBlank() ? reason(response.status()) : summarize(text);
        }
        return new PipedriveApiException(response.status(), redaction.apply(error), redaction.apply(errorInfo),
                request.operation(), request.method(), request.fullPath(), response.rateLimit());
    }

    /** Text of an HTML or plain body, tags removed, whitespace folded, cut to a readable length. */
    static String summarize(String body) {
        String title = null;
        int t = body.toLowerCase().indexOf("<title>");
        if (t >= 0) {
            int end = body.toLowerCase().indexOf("</title>", t);
            if (end > t) {
                title = body.substring(t + 7, end).trim();
            }
        }
        String plain = (title != null && !title.isEmpty() ? title : body)
                .replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").trim();
        return plain.length() > MAX_SUMMARY ? plain.substring(0, MAX_SUMMARY) + "..." : plain;
    }

    private static String reason(int status) {
        switch (status) {
            case 401: return "Unauthorized";
            case 402: return "Payment Required";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 429: return "Too Many Requests";
            default: return "HTTP " + status;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
