package io.github.camelpipedrive.leads.model;

import java.util.regex.Pattern;

/**
 * Recognises Pipedrive custom-field keys: 40 lower-case hex characters, optionally followed by a sub-field suffix
 * such as {@code _currency} for monetary fields.
 */
public final class CustomFields {

    private static final Pattern KEY = Pattern.compile("^[0-9a-f]{40}(_[a-z_]+)?$");

    private CustomFields() {
    }

    /**
     * Whether a JSON property name is a custom-field key (or one of its sub-field keys).
     */
    public static boolean isCustomFieldKey(String name) {
        return name != null && KEY.matcher(name).matches();
    }
}
