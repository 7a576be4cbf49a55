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
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code /v1/leads} resource: list, archived list, CRUD and permitted users. */
final class LeadsHandler {

    private final LeadStore store;
    private final PaginationShape shape;

    LeadsHandler(LeadStore store, PaginationShape shape) {
        this.store = store;
        this.shape = shape;
    }

    void register(Router router) {
        router.add("v1", "GET", "leads", "getLeads", 20, (r, p) -> list(r, false))
                .add("v1", "POST", "leads", "addLead", 10, (r, p) -> create(r))
                .add("v1", "GET", "leads/archived", "getArchivedLeads", 40, (r, p) -> list(r, true))
                .add("v1", "GET", "leads/([^/]+)/permittedUsers", "getLeadUsers", 10, (r, p) -> permittedUsers(p[0]))
                .add("v1", "GET", "leads/([^/]+)", "getLead", 2, (r, p) -> get(p[0]))
                .add("v1", "PATCH", "leads/([^/]+)", "updateLead", 10, (r, p) -> update(r, p[0]))
                .add("v1", "DELETE", "leads/([^/]+)", "deleteLead", 6, (r, p) -> delete(p[0]));
    }

    private SandboxResponse list(SandboxRequest request, boolean archived) {
        LeadQuery query = LeadQuery.parse(request, !archived);
        LeadStore.Page page = store.page(query, archived);
        return SandboxResponse.json(200,
                Envelope.list(page.items, Envelope.offsetPaging(shape, query.start, query.limit, page.more)));
    }

    private SandboxResponse get(String id) {
        return SandboxResponse.json(200, Envelope.single(store.leadJson(requireUuid(id))));
    }

    private SandboxResponse create(SandboxRequest request) {
        return SandboxResponse.json(201, Envelope.single(store.createFromApi(request.jsonBody())));
    }

    private SandboxResponse update(SandboxRequest request, String id) {
        String leadId = requireUuid(id);
        return SandboxResponse.json(200, Envelope.single(store.updateFromApi(leadId, request.jsonBody())));
    }

    private SandboxResponse delete(String id) {
        String leadId = requireUuid(id);
        store.delete(leadId);
        return SandboxResponse.json(200, Envelope.single(idObject(leadId)));
    }

    /** The SPEC types this path id as a plain string, so a non-UUID is simply not found. */
    private SandboxResponse permittedUsers(String id) {
        if (!LeadValidator.UUID.matcher(id).matches()) {
            throw ApiException.leadNotFound();
        }
        ArrayNode users = Json.MAPPER.createArrayNode();
        store.permittedUsers(id).forEach(users::add);
        return SandboxResponse.json(200, Envelope.single(Json.bytes(users)));
    }

    static byte[] idObject(String id) {
        ObjectNode data = Json.object();
        data.put("id", id);
        return Json.bytes(data);
    }

    /** Lead ids are UUIDs (SPEC {@code format: uuid}); anything else fails validation first. */
    static String requireUuid(String id) {
        if (!LeadValidator.UUID.matcher(id).matches()) {
            throw ApiException.invalid("\"id\" must be a valid GUID");
        }
        return id;
    }
}
