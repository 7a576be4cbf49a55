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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/component-reference.md is rendered from the generated catalog JSON, never written by hand. This test renders
 * it and fails when the committed file differs; run with {@code -Dreference.update=true} to rewrite it.
 */
class ReferenceDocTest {

    private static final String CATALOG = "/META-INF/io/github/camelpipedrive/leads/pipedrive-leads.json";
    private static final Path DOC = Path.of("../docs/component-reference.md");

    @Test
    void catalogListsEveryOperationAndDocumentsEveryOptionAndHeader() throws Exception {
        JsonNode catalog = catalog();
        assertThat(catalog.at("/properties/operation/enum")).extracting(JsonNode::asText)
                .contains("addLead", "getLead", "getLeads", "updateLead", "deleteLead", "addLeadLabel",
                        "getLeadLabels", "updateLeadLabel", "deleteLeadLabel", "getLeadSources");
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            catalog.get(section).fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                    .as("description of %s %s", section, e.getKey()).isNotBlank());
        }
        assertThat(catalog.at("/properties/apiToken/secret").asBoolean()).isTrue();
        assertThat(catalog.at("/properties/accessToken/secret").asBoolean()).isTrue();
        assertThat(catalog.at("/properties/proxyAuthPassword/secret").asBoolean()).isTrue();
    }

    @Test
    void committedReferenceMatchesTheCatalog() throws Exception {
        String rendered = render(catalog());
        if (Boolean.getBoolean("reference.update") || !Files.exists(DOC)) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/component-reference.md is stale: run mvn test -Dtest=ReferenceDocTest -Dreference.update=true")
                .isEqualTo(rendered);
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = ReferenceDocTest.class.getResourceAsStream(CATALOG)) {
            assertThat(in).as("catalog on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static String render(JsonNode catalog) {
        StringBuilder md = new StringBuilder();
        JsonNode component = catalog.get("component");
        md.append("# ").append(component.get("title").asText()).append(" component reference\n\n")
                .append("<!-- Generated from the Camel catalog (").append(CATALOG.substring(1))
                .append(") by ReferenceDocTest. Do not edit by hand. -->\n\n")
                .append(component.get("description").asText()).append("\n\n")
                .append("URI syntax: `").append(component.get("syntax").asText()).append("`\n\n")
                .append("Maven: `").append(component.get("groupId").asText()).append(':')
                .append(component.get("artifactId").asText()).append("`\n\n");
        md.append("## Operations\n\n");
        for (JsonNode op : catalog.at("/properties/operation/enum")) {
            PipedriveLeadsOperation o = PipedriveLeadsOperation.valueOf(op.asText());
            md.append("- `").append(o.name()).append("`: `").append(o.method()).append(' ')
                    .append(o.apiVersion().prefix()).append(o.pathTemplate()).append("` (success ")
                    .append(o.successStatus()).append(", ").append(o.tokenCost()).append(" tokens)")
                    .append(o.isConsumable() ? ", consumable" : "").append('\n');
        }
        md.append("\n## Component options\n\nSet with `camel.component.pipedrive-leads.<name>`; every endpoint starts"
                  + " from these.\n\n");
        table(md, catalog.get("componentProperties"));
        md.append("\n## Endpoint options\n\n");
        table(md, catalog.get("properties"));
        md.append("\n## Message headers\n\n| Header | Type | Description |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            md.append("| `").append(e.getKey()).append("` | ").append(simpleType(e.getValue())).append(" | ")
                    .append(cell(e.getValue().path("description").asText())).append(" |\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, JsonNode options) {
        md.append("| Name | Group | Type | Default | Description |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            String type = simpleType(o) + (o.has("enum") ? " (" + join(o.get("enum")) + ")" : "")
                          + (o.path("secret").asBoolean() ? ", secret" : "");
            md.append("| `").append(e.getKey()).append("` | ").append(o.path("group").asText()).append(" | ")
                    .append(cell(type)).append(" | ")
                    .append(defaultOf(e.getKey(), o)).append(" | ")
                    .append(cell(o.path("description").asText())).append(" |\n");
        }
    }

    /**
     * The default as the catalog has it, but for the scheduler's delay: Camel's scheduler declares 500 ms, and this
     * consumer replaces an unset delay by one adapted to the token budget (the catalog cannot say so).
     */
    private static String defaultOf(String name, JsonNode option) {
        if ("delay".equals(name)) {
            return "adaptive (the catalog shows Camel's `500`; see consumer.md)";
        }
        return option.has("defaultValue") ? "`" + option.get("defaultValue").asText() + "`" : "";
    }

    private static String simpleType(JsonNode option) {
        String javaType = option.path("javaType").asText();
        int lt = javaType.indexOf('<');
        String raw = lt > 0 ? javaType.substring(0, lt) : javaType;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static String join(JsonNode values) {
        StringBuilder sb = new StringBuilder();
        values.forEach(v -> sb.append(sb.length() == 0 ? "" : ", ").append(v.asText()));
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
