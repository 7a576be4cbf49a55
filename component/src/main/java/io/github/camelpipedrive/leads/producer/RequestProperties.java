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
package io.github.camelpipedrive.leads.producer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.camelpipedrive.leads.model.PatchRequest;

/**
 * The JSON properties a request model knows, read from the model class itself (so a property added to a model is
 * known here without a list to keep in step): the Jackson properties of a bean model, or the {@code UPDATABLE} list
 * of a {@link PatchRequest} (whose properties are set by name). Also suggests the property a mistyped key meant.
 */
public final class RequestProperties {

    private static final ObjectMapper INTROSPECTION = new ObjectMapper();

    private static final ClassValue<Set<String>> KNOWN = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return PatchRequest.class.isAssignableFrom(type) ? updatable(type) : beanProperties(type);
        }
    };

    private RequestProperties() {
    }

    private static final ClassValue<Boolean> KEEPS_OTHERS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return INTROSPECTION.getDeserializationConfig().introspect(INTROSPECTION.constructType(type))
                    .findAnySetterAccessor() != null;
        }
    };

    /**
     * Whether the model keeps keys it does not declare (an any-setter: custom fields, patch bodies); a model without
     * one would drop them silently when a Map or JSON body is read into it.
     */
    public static boolean keepsOtherKeys(Class<?> model) {
        return KEEPS_OTHERS.get(model);
    }

    /** The JSON property names the model declares, in declaration order. */
    public static Set<String> of(Class<?> model) {
        return KNOWN.get(model);
    }

    /**
     * The known property a key most likely meant: the same letters ignoring case, '_', '-' and spaces
     * ({@code personId}, {@code "title "}), else the closest by at most two edits ({@code organisation_id}).
     */
    public static Optional<String> suggest(String key, Collection<String> known) {
        String wanted = normalize(key);
        for (String candidate : known) {
            if (normalize(candidate).equals(wanted)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = distance(wanted, normalize(candidate));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean person_id?)" or "" when nothing is close. */
    public static String didYouMean(String key, Collection<String> known) {
        return suggest(key, known).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> beanProperties(Class<?> type) {
        BeanDescription description = INTROSPECTION.getDeserializationConfig()
                .introspect(INTROSPECTION.constructType(type));
        Set<String> names = new LinkedHashSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldDeserialize()) {
                names.add(property.getName());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** A PatchRequest model lists what it may set in {@code public static final List<String> UPDATABLE}. */
    private static Set<String> updatable(Class<?> type) {
        try {
            Field field = type.getField("UPDATABLE");
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof List<?> list) {
                Set<String> names = new LinkedHashSet<>();
                list.forEach(name -> names.add(String.valueOf(name)));
                return Collections.unmodifiableSet(names);
            }
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // fall through
        }
        throw new IllegalStateException(type.getName() + " must list its properties in a public static UPDATABLE");
    }
}
