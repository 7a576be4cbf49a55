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
package io.github.camelpipedrive.leads.springboot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Finds keys under a component's prefix that are no option of the component, in every property source Spring Boot
 * binds from (properties and YAML files, environment variables, system properties, test properties), with Spring
 * Boot's relaxed names ({@code api-token}, {@code apiToken}, {@code API_TOKEN} are one key).
 * <p>
 * Spring Boot ignores such keys, so a typo ({@code api-tokn}) would leave the component unauthenticated without a word.
 * Camel Main fails the start on an unknown component option; so does this check, naming each key, where it was set
 * and the closest option. Values are never part of the message: a misspelled key may hold a credential.
 */
final class UnknownPropertiesCheck {

    /** Keys that camel-spring-boot defines for every component (ComponentConfigurationPropertiesCommon). */
    static final List<String> CONVENTION_KEYS = List.of("enabled", "customizer.enabled");

    private UnknownPropertiesCheck() {
    }

    /**
     * @throws UnknownComponentPropertyException when a key under the prefix is neither an option nor a convention key
     */
    static void verify(Environment environment, String prefix, Collection<String> optionNames) {
        Map<String, String> problems = findUnknown(environment, prefix, optionNames);
        if (!problems.isEmpty()) {
            throw UnknownComponentPropertyException.of(prefix, problems);
        }
    }

    /**
     * @return each unknown key (canonical form) with its description: the key, where it was set, and the closest option
     *         when one is close; sorted by key
     */
    static Map<String, String> findUnknown(Environment environment, String prefix, Collection<String> optionNames) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of(prefix);
        // uniform form (lower case, no dashes) of each known key -> its dashed form, for suggestions
        Map<String, String> known = new LinkedHashMap<>();
        for (String option : optionNames) {
            String dashed = DataObjectPropertyName.toDashedForm(option);
            known.put(uniform(ConfigurationPropertyName.of(dashed), 0), dashed);
        }
        for (String key : CONVENTION_KEYS) {
            known.put(uniform(ConfigurationPropertyName.of(key), 0), key);
        }

        Map<String, String> unknown = new TreeMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(root::isAncestorOf).forEach(name -> {
                if (!isKnown(name, root.getNumberOfElements(), known)) {
                    unknown.computeIfAbsent(name.toString(), key -> describe(key, source.getConfigurationProperty(name),
                            uniform(name, root.getNumberOfElements()), prefix, known));
                }
            });
        }
        return unknown;
    }

    private static boolean isKnown(ConfigurationPropertyName name, int offset, Map<String, String> known) {
        if (known.containsKey(uniform(name, offset))) {
            return true;
        }
        // list and map options take indexed sub-keys: allowed-domains[0]
        int last = offset;
        while (last < name.getNumberOfElements() - 1 && name.isNumericIndex(last + 1)) {
            last++;
        }
        return last == name.getNumberOfElements() - 1 && last > offset
               && known.containsKey(name.getElement(offset, Form.UNIFORM));
    }

    /** The name's elements from offset on, each in uniform form, joined by dots. */
    private static String uniform(ConfigurationPropertyName name, int offset) {
        StringBuilder out = new StringBuilder();
        for (int i = offset; i < name.getNumberOfElements(); i++) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(name.getElement(i, Form.UNIFORM));
        }
        return out.toString();
    }

    private static String describe(String key, ConfigurationProperty property, String relative, String prefix,
                                   Map<String, String> known) {
        StringBuilder line = new StringBuilder(key);
        if (property != null && property.getOrigin() != null) {
            line.append(" (").append(property.getOrigin()).append(')');
        }
        String suggestion = closest(relative, known);
        if (suggestion != null) {
            line.append(": did you mean ").append(prefix).append('.').append(suggestion).append('?');
        }
        return line.toString();
    }

    /** The known key closest to the given one, or null when none is close enough to be a likely typo. */
    static String closest(String relative, Map<String, String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> candidate : known.entrySet()) {
            int distance = distance(relative, candidate.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate.getValue();
            }
        }
        int tolerance = Math.max(2, relative.length() / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
