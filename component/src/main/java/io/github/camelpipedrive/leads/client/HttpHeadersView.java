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

import org.apache.hc.core5.http.Header;

/**
 * Response headers, looked up by name ignoring case, with lenient numeric parsing (a malformed header is treated as
 * absent). Wraps the response's own header array rather than copying it: only a handful of names are ever read.
 */
public final class HttpHeadersView {

    private static final Header[] NONE = new Header[0];

    private final Header[] headers;

    HttpHeadersView(Header[] headers) {
        this.headers = headers == null ? NONE : headers;
    }

    /** The header's first value, or null. */
    public String get(String name) {
        for (Header header : headers) {
            if (header.getName().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    Integer intValue(String name) {
        Long v = longValue(name);
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    Long longValue(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
