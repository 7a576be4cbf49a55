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

/**
 * The one rule for every URL a credential is sent to (base URL, OAuth token URL, OAuth api_domain): an absolute
 * http(s) URL without query or user info, and https unless the host is loopback or plain http was explicitly allowed.
 */
public final class SafeUrls {

    private SafeUrls() {
    }

    /**
     * The URL, trimmed and without a trailing slash, once it passed the rule.
     *
     * @param option             the option (or source) named in error messages
     * @param allowInsecureHttp  whether plain http is allowed for any host
     * @throws IllegalArgumentException naming the option and the rule broken
     */
    public static String requireSafe(String url, String option, boolean allowInsecureHttp) {
        String text = url == null ? "" : url.trim();
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + option + ": not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getRawQuery() != null
            || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Invalid " + option + ": expected https://host[:port][/path] without"
                                               + " query or user info");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost()) && !allowInsecureHttp) {
            throw new IllegalArgumentException(option + " uses plain http for the non-loopback host " + uri.getHost()
                                               + ": credentials would travel unencrypted. Use https, or set"
                                               + " allowInsecureHttp=true if this is intended.");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The origin ({@code https://host[:port]}) named by an OAuth token response's {@code api_domain}, once it passed the
     * rule for where bearer tokens may go: https to {@code pipedrive.com} or a subdomain of it on the default port, or
     * to a host of {@code allowedHosts} (exact, or {@code *.suffix} for subdomains, any port); plain http only to a
     * loopback host (tests). The value is parsed, never concatenated: user info, a query, a fragment or a path are
     * refused, so {@code https://api.pipedrive.com.evil.example}, {@code https://evil.example#.pipedrive.com} and
     * {@code https://api.pipedrive.com@evil.example} all fail.
     *
     * @throws IllegalArgumentException naming api_domain and the rule broken (with the offending host, never a token)
     */
    public static String requireApiDomain(String value, java.util.Collection<String> allowedHosts) {
        String text = value == null ? "" : value.trim();
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Invalid api_domain: not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
            || !(path.isEmpty() || path.equals("/")) || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Invalid api_domain: expected https://host[:port] without user info,"
                                               + " path, query or fragment");
        }
        boolean loopback = isLoopback(host);
        boolean configured = matchesAny(host, allowedHosts);
        boolean pipedrive = host.equals("pipedrive.com") || host.endsWith(".pipedrive.com");
        if (scheme.equals("http") && !loopback) {
            throw new IllegalArgumentException("Invalid api_domain: plain http to the non-loopback host " + host);
        }
        if (!(loopback || configured || pipedrive && (uri.getPort() == -1 || uri.getPort() == 443))) {
            throw new IllegalArgumentException("Invalid api_domain: the host " + host + (pipedrive ? " on port "
                    + uri.getPort() : "") + " is not pipedrive.com or a subdomain on the https port, nor one of"
                    + " allowedApiDomains; bearer tokens are not sent there");
        }
        return scheme + "://" + uri.getRawAuthority();
    }

    private static boolean matchesAny(String host, java.util.Collection<String> allowedHosts) {
        if (allowedHosts == null) {
            return false;
        }
        for (String entry : allowedHosts) {
            String allowed = entry.trim().toLowerCase(java.util.Locale.ROOT);
            if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    /** localhost, 127.x.x.x or ::1. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase();
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
    }
}
