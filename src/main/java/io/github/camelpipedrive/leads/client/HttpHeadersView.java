package io.github.camelpipedrive.leads.client;

import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * Response headers by lower-case name, with lenient numeric parsing (a malformed header is treated as absent).
 */
public final class HttpHeadersView {

    private final Map<String, String> values = new HashMap<>(32);

    void put(String name, String value) {
        values.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }

    /** The header's first value, or null. */
    public String get(String name) {
        return values.get(name.toLowerCase(Locale.ROOT));
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
