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
 * the typo. Refused here with the option and the text named. Time options ({@code long} ones: delays, timeouts,
 * intervals) also take Camel's durations ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 250ms}, {@code 1d}); ids
 * and filters do not, where a duration would silently become a number of milliseconds.
 */
final class NumberOptions {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    /** What Camel's TimeUtils reads as a duration (it reads anything else as 0, or fails). */
    private static final Pattern DURATION = Pattern.compile("(\\d+d)?(\\d+h)?(\\d+m(?!s))?(\\d+s)?(\\d+ms)?");

    /**
     * The number options by their name as Camel matches it (any case, dashes ignored): the configuration's, and the
     * poll scheduler's that Camel reads the same way ({@code delay=abc} polled without pause). True for time options.
     */
    private static final Map<String, Boolean> NUMBER_OPTIONS = numberOptions();

    private NumberOptions() {
    }

    /** Throws IllegalArgumentException naming the option and the text when a number option's text is not one. */
    static void check(Map<String, Object> parameters) {
        check(parameters, "");
    }

    /** The same check for one option, as Camel binds it on the component. */
    static void check(String name, Object value) {
        if (name != null && value instanceof String) {
            check(Map.of(name, value), "");
        }
    }

    private static void check(Map<String, Object> parameters, String prefix) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof String value) || value.startsWith("#") || value.contains("{{")) {
                continue; // a bean reference, a placeholder or an already typed value: Camel resolves it
            }
            Boolean time = NUMBER_OPTIONS.get(SecretOptions.normalized(parameter.getKey()));
            if (time == null || WHOLE_NUMBER.matcher(value).matches()) {
                continue;
            }
            if (!(time && !value.isEmpty() && DURATION.matcher(value).matches())) {
                throw new IllegalArgumentException("Invalid " + prefix + parameter.getKey() + " '" + value
                                                   + "': must be a whole number" + (time
                                                           ? " of milliseconds or a duration such as 30s, 5m or 1h30m"
                                                           : ""));
            }
        }
    }

    private static Map<String, Boolean> numberOptions() {
        Map<String, Boolean> options = new java.util.HashMap<>();
        for (Field field : PipedriveLeadsConfiguration.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            if (field.isAnnotationPresent(org.apache.camel.spi.UriParam.class)
                && (type == int.class || type == Integer.class || type == long.class || type == Long.class)) {
                // the long options are times in milliseconds, but for sizes (maxResponseSize)
                boolean time = type == long.class && !field.getName().endsWith("Size");
                options.put(SecretOptions.normalized(field.getName()), time);
            }
        }
        for (String time : new String[] { "delay", "initialDelay" }) {
            options.put(SecretOptions.normalized(time), true);
        }
        for (String count : new String[] { "backoffMultiplier", "backoffIdleThreshold", "backoffErrorThreshold",
                                           "maxMessagesPerPoll", "repeatCount" }) {
            options.put(SecretOptions.normalized(count), false);
        }
        return Map.copyOf(options);
    }
}
