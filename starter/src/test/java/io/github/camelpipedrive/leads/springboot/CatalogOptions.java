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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;

/** Test helper: the component's catalog (from the component jar) and the starter's published metadata. */
final class CatalogOptions {

    static final String CATALOG = "META-INF/io/github/camelpipedrive/leads/pipedrive-leads.json";
    static final String PREFIX = "camel.component.pipedrive-leads.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogOptions() {
    }

    /** componentProperties of the catalog, by option name, in catalog order. */
    static List<Map.Entry<String, JsonNode>> componentOptions() throws IOException {
        try (InputStream in = CatalogOptions.class.getClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG + " is not on the test class path");
            }
            List<Map.Entry<String, JsonNode>> options = new ArrayList<>(JSON.readTree(in).get("componentProperties")
                    .properties());
            return Collections.unmodifiableList(options);
        }
    }

    /** The starter's META-INF/spring-configuration-metadata.json (other starters on the class path publish theirs). */
    static JsonNode starterMetadata() throws IOException {
        for (URL url : Collections.list(CatalogOptions.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = JSON.readTree(in);
                for (JsonNode group : metadata.path("groups")) {
                    if ("camel.component.pipedrive-leads".equals(group.path("name").asText())) {
                        return metadata;
                    }
                }
            }
        }
        throw new IllegalStateException("No spring-configuration-metadata.json for camel.component.pipedrive-leads");
    }

    static String property(String option) {
        return PREFIX + DataObjectPropertyName.toDashedForm(option);
    }

    static boolean isBeanReference(JsonNode option) {
        return "object".equals(option.path("type").asText()) && !option.path("javaType").asText().startsWith("java.");
    }

    static String rawType(String javaType) {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }
}
