package io.github.camelpipedrive.leads.producer;

import java.util.regex.Pattern;

/**
 * Lead and label ids are UUIDs. Validating them keeps crafted ids ({@code ../}, {@code ?}, {@code %2F}, CR/LF) from
 * changing the request path.
 */
public final class Ids {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() {
    }

    /** Whether the text is a UUID. */
    public static boolean isUuid(String text) {
        return text != null && UUID.matcher(text).matches();
    }
}
