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
package io.github.camelpipedrive.leads.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** {@code GET /v1/leadSources}: the fixed, non-editable list of the SPEC (reference §1.11). */
final class LeadSourcesHandler {

    static final List<String> SOURCES = List.of("Manually created", "Deal", "Web forms", "Prospector", "Leadbooster",
            "Live chat", "Import", "Website visitors", "Workflow automation", "API");

    private static final byte[] BODY;

    static {
        ArrayNode data = Json.MAPPER.createArrayNode();
        SOURCES.forEach(name -> data.addObject().put("name", name));
        BODY = Envelope.single(Json.bytes(data));
    }

    void register(Router router) {
        router.add("v1", "GET", "leadSources", "getLeadSources", 2, (r, p) -> SandboxResponse.json(200, BODY));
    }
}
