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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.spi.UriParam;

/**
 * Checks the enum-typed options of an endpoint URI before Camel converts them, so that a typo
 * ({@code archivedStatus=archive}, {@code feed=created}, {@code searchApiVersion=v3}) is refused with the valid values
 * listed rather than with a type-conversion stack trace.
 */
final class EnumOptions {

    private EnumOptions() {
    }

    /** Throws IllegalArgumentException naming the option and its valid values when a value matches none of them. */
    static void check(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof String value) || value.startsWith("#") || value.contains("{{")) {
                continue; // a bean reference, a placeholder or an already typed value: Camel resolves it
            }
            Field field = field(parameter.getKey());
            if (field == null || !field.getType().isEnum()) {
                continue;
            }
            List<String> valid = validValues(field);
            String wanted = canonical(value);
            if (valid.stream().noneMatch(v -> canonical(v).equals(wanted))) {
                throw new IllegalArgumentException("Invalid " + parameter.getKey() + " '" + value + "': must be one of "
                                                   + String.join(", ", valid));
            }
        }
    }

    private static Field field(String option) {
        try {
            Field field = PipedriveLeadsConfiguration.class.getDeclaredField(option);
            return field.isAnnotationPresent(UriParam.class) ? field : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The values the catalog shows (the option's declared enums), else the constants' names. */
    private static List<String> validValues(Field field) {
        String declared = field.getAnnotation(UriParam.class).enums();
        if (!declared.isBlank()) {
            return Arrays.stream(declared.split(",")).map(String::trim).toList();
        }
        List<String> names = new ArrayList<>();
        for (Object constant : field.getType().getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    private static String canonical(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
