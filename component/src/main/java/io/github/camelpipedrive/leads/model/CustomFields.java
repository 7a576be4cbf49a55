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
