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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsciiDoc component page in Camel's format (src/main/docs/pipedrive-leads-component.adoc): its header attributes
 * and the sections between Camel's markers ({@code // component options: START} ... {@code END} and the others) are
 * rendered here from the generated catalog JSON, the rest is written by hand. Camel's own update-readme goal
 * (camel-package-maven-plugin) fills these markers with {@code include::partial$...} directives that only render
 * inside Camel's documentation site, so this test renders real tables instead. It fails when the committed page is
 * stale; run with {@code -Dreference.update=true} to rewrite it (as ReferenceDocTest does for
 * docs/component-reference.md).
 */
class ComponentPageTest {

    private static final String CATALOG = "/META-INF/io/github/camelpipedrive/leads/pipedrive-leads.json";
    private static final Path PAGE = Path.of("src/main/docs/pipedrive-leads-component.adoc");

    @Test
    void committedPageMatchesTheCatalog() throws Exception {
        String committed = Files.readString(PAGE, StandardCharsets.UTF_8);
        String rendered = render(committed, catalog());
        if (Boolean.getBoolean("reference.update")) {
            Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
            committed = rendered;
        }
        assertThat(committed)
                .as("%s is stale: run mvn test -Dtest=ComponentPageTest -Dreference.update=true", PAGE)
                .isEqualTo(rendered);
    }

    @Test
    void pageHasCamelsHeaderAttributesAndMarkers() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        for (String attribute : new String[] { ":doctitle: Pipedrive Leads", ":shortname: pipedrive-leads",
                                               ":artifactid: camel-pipedrive-leads", ":description: ", ":since: ",
                                               ":supportlevel: ", ":tabs-sync-option:", ":component-header: " }) {
            assertThat(page).contains("\n" + attribute);
        }
        for (String marker : new String[] { "component-configure options", "component options", "endpoint options",
                                            "component headers" }) {
            assertThat(page).contains("// " + marker + ": START\n", "// " + marker + ": END\n");
        }
        assertThat(page).contains("| *apiToken* (security)", "| *CamelPipedriveLeadsId* (", "| *addLead* |");
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = ComponentPageTest.class.getResourceAsStream(CATALOG)) {
            assertThat(in).as("catalog on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static String render(String page, JsonNode catalog) {
        JsonNode component = catalog.get("component");
        String since = component.get("firstVersion").asText().replaceAll("^(\\d+\\.\\d+).*", "$1");
        String header = component.path("consumerOnly").asBoolean() ? "Only consumer is supported"
                : component.path("producerOnly").asBoolean() ? "Only producer is supported"
                : "Both producer and consumer are supported";
        page = attribute(page, "artifactid", component.get("artifactId").asText());
        page = attribute(page, "description", component.get("description").asText());
        page = attribute(page, "since", since);
        page = attribute(page, "supportlevel", component.get("supportLevel").asText());
        page = attribute(page, "component-header", header);

        JsonNode componentOptions = catalog.get("componentProperties");
        JsonNode endpointOptions = catalog.get("properties");
        page = section(page, "component-configure options", "\n== Configuring options\n\n"
                + "The component supports " + componentOptions.size() + " options and its endpoints "
                + endpointOptions.size() + ". Every endpoint option that is also a component option can be set once on"
                + " the component (with Camel Main: `camel.component." + component.get("name").asText()
                + ".<option>`, in kebab case) and overridden per endpoint in its URI. Options marked secret are"
                + " credentials: set them on the component, not in a URI.\n\n");
        page = section(page, "component options", "\n=== Component options\n\n"
                + table(componentOptions, o -> true));
        page = section(page, "endpoint options", "\n=== Endpoint options\n\nPath parameter:\n\n"
                + table(endpointOptions, o -> "path".equals(o.path("kind").asText()))
                + "\nQuery parameters:\n\n"
                + table(endpointOptions, o -> !"path".equals(o.path("kind").asText())));
        page = section(page, "component headers", "\n=== Message headers\n\n" + headers(catalog.get("headers")));
        page = section(page, "operations", "\n" + operations(catalog));
        return page;
    }

    private static String attribute(String page, String name, String value) {
        Matcher m = Pattern.compile("(?m)^:" + Pattern.quote(name) + ":.*$").matcher(page);
        assertThat(m.find()).as("attribute :%s: in the page", name).isTrue();
        return m.replaceFirst(Matcher.quoteReplacement(":" + name + ": " + value));
    }

    private static String section(String page, String marker, String content) {
        Matcher m = Pattern.compile("(// " + Pattern.quote(marker) + ": START\n)(.*?)(// " + Pattern.quote(marker)
                                    + ": END\n)", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("markers of %s in the page", marker).isTrue();
        return m.replaceFirst(Matcher.quoteReplacement(m.group(1) + content + m.group(3)));
    }

    private static String table(JsonNode options, Predicate<JsonNode> include) {
        StringBuilder adoc = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                               + "| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode o = e.getValue();
            if (!include.test(o)) {
                continue;
            }
            String description = (o.path("required").asBoolean() ? "*Required* " : "")
                                 + o.path("description").asText()
                                 + (o.has("enum") ? " Enum values: " + join(o.get("enum")) + "." : "")
                                 + (o.path("secret").asBoolean() ? " Secret." : "");
            adoc.append("| *").append(e.getKey()).append("* (").append(o.path("group").asText()).append(") | ")
                    .append(cell(description)).append(" | ")
                    .append(o.has("defaultValue") ? cell(o.get("defaultValue").asText()) : "").append(" | ")
                    .append(simpleType(o)).append('\n');
        }
        return adoc.append("|===\n").toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder adoc = new StringBuilder("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                               + "| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode h = e.getValue();
            adoc.append("| *").append(e.getKey()).append("* (").append(h.path("group").asText()).append(") | ")
                    .append(cell(h.path("description").asText())).append(" | ")
                    .append(h.has("defaultValue") ? cell(h.get("defaultValue").asText()) : "").append(" | ")
                    .append(simpleType(h)).append('\n');
        }
        return adoc.append("|===\n").toString();
    }

    private static String operations(JsonNode catalog) {
        StringBuilder adoc = new StringBuilder("[width=\"100%\",cols=\"2,4,1,1\",options=\"header\"]\n|===\n"
                                               + "| Operation | Request | API tokens | Consumable\n");
        for (JsonNode op : catalog.at("/properties/operation/enum")) {
            PipedriveLeadsOperation o = PipedriveLeadsOperation.valueOf(op.asText());
            adoc.append("| *").append(o.name()).append("* | `").append(o.method()).append(' ')
                    .append(o.apiVersion().prefix()).append(o.pathTemplate()).append("` (success ")
                    .append(o.successStatus()).append(") | ").append(o.tokenCost()).append(" | ")
                    .append(o.isConsumable() ? "yes" : "").append('\n');
        }
        return adoc.append("|===\n").toString();
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
