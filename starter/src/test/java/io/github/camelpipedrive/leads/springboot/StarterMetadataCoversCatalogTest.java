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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every component option of the catalog is a Spring Boot property with the catalog's description, a type and the
 * catalog's default in the IDE metadata the starter publishes. Fails, listing each gap, when an option is added to
 * the component and the starter does not follow (the generated configuration class would have to be bypassed for
 * that to happen).
 */
class StarterMetadataCoversCatalogTest {

    @Test
    void everyCatalogOptionHasAPropertyWithDescriptionTypeAndDefault() throws Exception {
        Map<String, JsonNode> metadata = new HashMap<>();
        for (JsonNode property : CatalogOptions.starterMetadata().path("properties")) {
            metadata.put(property.path("name").asText(), property);
        }

        List<String> gaps = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> options = CatalogOptions.componentOptions();
        for (Map.Entry<String, JsonNode> entry : options) {
            String name = CatalogOptions.property(entry.getKey());
            JsonNode option = entry.getValue();
            JsonNode property = metadata.get(name);
            if (property == null) {
                gaps.add(name + ": no Spring Boot property");
                continue;
            }
            String description = property.path("description").asText("");
            String catalogDescription = option.path("description").asText().trim();
            if (!normalise(description).startsWith(normalise(withoutPeriod(catalogDescription)))) {
                gaps.add(name + ": description '" + description + "' is not the catalog's '" + catalogDescription + "'");
            }
            String expectedType = expectedType(option);
            if (!expectedType.equals(property.path("type").asText())) {
                gaps.add(name + ": type " + property.path("type").asText() + ", expected " + expectedType);
            }
            if (CatalogOptions.isBeanReference(option)
                && !description.contains(CatalogOptions.rawType(option.path("javaType").asText()))) {
                gaps.add(name + ": a bean reference whose description does not name the bean type");
            }
            JsonNode catalogDefault = option.get("defaultValue");
            JsonNode metadataDefault = property.get("defaultValue");
            if (catalogDefault != null && !CatalogOptions.isBeanReference(option)) {
                if (metadataDefault == null) {
                    gaps.add(name + ": no default, the catalog's is " + catalogDefault.asText());
                } else if (!canonical(metadataDefault.asText()).equals(canonical(catalogDefault.asText()))) {
                    gaps.add(name + ": default " + metadataDefault.asText() + ", the catalog's is " + catalogDefault.asText());
                }
            } else if (catalogDefault == null && metadataDefault != null) {
                gaps.add(name + ": default " + metadataDefault.asText() + " where the catalog has none");
            }
        }
        assertThat(gaps).as("catalog options without a complete Spring Boot property").isEmpty();
        assertThat(options).hasSizeGreaterThanOrEqualTo(70);
        // camel-spring-boot's conventions, as Camel's generated starters have them
        assertThat(metadata).containsKeys(CatalogOptions.PREFIX + "enabled", CatalogOptions.PREFIX + "customizer.enabled",
                CatalogOptions.PREFIX + "autowired-enabled");
        assertThat(metadata.get(CatalogOptions.PREFIX + "enabled").path("description").asText()).isNotBlank();
    }

    /** The Java type of the property: scalars and enums as in the catalog (boxed), bean references as a String. */
    private static String expectedType(JsonNode option) {
        if (CatalogOptions.isBeanReference(option) || "duration".equals(option.path("type").asText())) {
            return "java.lang.String";
        }
        String javaType = option.path("javaType").asText();
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            default -> javaType.replace(", ", ",");
        };
    }

    private static String withoutPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Defaults compare without case and separators: enum defaults are written as constants (NOT_ARCHIVED). */
    private static String canonical(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
