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

    /** localhost, 127.x.x.x or ::1. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase();
        return h.equals("localhost") || h.matches("127(\\.\\d{1,3}){3}") || h.equals("[::1]") || h.equals("::1");
    }
}
