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

import java.net.URI;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * A base URL parsed once (per endpoint and base URL, not per request): each request then takes the scheme and
 * authority of the already parsed URI and only sets its path, so no URI string is built and parsed per call.
 */
final class BaseUri {

    private final String url;
    private final URI uri;
    /** The base URL's path without trailing slash ("" for none), put in front of every request path. */
    private final String pathPrefix;

    BaseUri(String url) {
        this.url = url;
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.uri = URI.create(trimmed);
        String rawPath = uri.getRawPath();
        this.pathPrefix = rawPath == null ? "" : rawPath;
    }

    /** Whether this was parsed from {@code candidate} (the effective base URL can change with OAuth's api_domain). */
    boolean isFor(String candidate) {
        return url.equals(candidate);
    }

    /** A request to this base with {@code pathAndQuery} (already encoded, starting with '/') appended. */
    HttpUriRequestBase request(String method, String pathAndQuery) {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setPath(pathPrefix.isEmpty() ? pathAndQuery : pathPrefix + pathAndQuery);
        return request;
    }

    @Override
    public String toString() {
        return url;
    }
}
