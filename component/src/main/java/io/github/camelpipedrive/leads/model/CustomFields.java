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
package io.github.camelpipedrive.leads.model;

/**
 * Recognises Pipedrive custom-field keys: 40 lower-case hex characters, optionally followed by a sub-field suffix
 * such as {@code _currency} for monetary fields.
 */
public final class CustomFields {

    private CustomFields() {
    }

    /**
     * Whether a JSON property name is a custom-field key (or one of its sub-field keys).
     */
    public static boolean isCustomFieldKey(String name) {
        // by hand rather than a regex (^[0-9a-f]{40}(_[a-z_]+)?$): it runs for every key of every lead body
        if (name == null || name.length() < 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        if (name.length() == 40) {
            return true;
        }
        if (name.length() == 41 || name.charAt(40) != '_') {
            return false;
        }
        for (int i = 41; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
