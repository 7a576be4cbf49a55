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
package io.github.camelpipedrive.leads;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the whole-number options of an endpoint URI before Camel converts them: Camel turns text that is not a
 * number ({@code limit=abc}) into 0 without a word, which would then fail at the first request as "was 0", far from
 * the typo. Refused here with the option and the text named. Long options also take Camel's time patterns
 * ({@code 30s}, {@code 1m}), as Camel converts them.
 */
final class NumberOptions {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    /** What Camel's TimeUtils reads as a duration: 30s, 5m, 1h30m, 250ms, 2 minutes (it reads anything else as 0). */
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+\\s*(ms|millis|milliseconds?|s|sec|seconds?|m|min|minutes?|h|hours?)\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private NumberOptions() {
    }

    /** Throws IllegalArgumentException naming the option and the text when a number option's text is not one. */
    static void check(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof String value) || value.startsWith("#") || value.contains("{{")) {
                continue; // a bean reference, a placeholder or an already typed value: Camel resolves it
            }
            Field field = EnumOptions.field(parameter.getKey());
            if (field == null) {
                continue;
            }
            Class<?> type = field.getType();
            boolean integer = type == int.class || type == Integer.class;
            boolean isLong = type == long.class || type == Long.class;
            if ((integer || isLong) && !WHOLE_NUMBER.matcher(value).matches()
                && !(isLong && isTimePattern(value))) {
                throw new IllegalArgumentException("Invalid " + parameter.getKey() + " '" + value
                                                   + "': must be a whole number" + (isLong
                                                           ? " (or a duration such as 30s or 5m)" : ""));
            }
        }
    }

    private static boolean isTimePattern(String value) {
        return DURATION.matcher(value).matches();
    }
}
