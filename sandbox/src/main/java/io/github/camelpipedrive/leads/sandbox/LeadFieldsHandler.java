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

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /v1/leadFields}: the {@link LeadFieldCatalog}, offset-paged like the lead list. */
final class LeadFieldsHandler {

    private final PaginationShape shape;

    LeadFieldsHandler(PaginationShape shape) {
        this.shape = shape;
    }

    void register(Router router) {
        router.add("v1", "GET", "leadFields", "getLeadFields", 20, (r, p) -> list(r));
    }

    private SandboxResponse list(SandboxRequest request) {
        int start = LeadQuery.intParam(request, "start", 0);
        if (start < 0) {
            throw ApiException.invalid("\"start\" must be greater than or equal to 0");
        }
        int limit = LeadQuery.limit(request);
        List<ObjectNode> all = LeadFieldCatalog.all();
        List<byte[]> items = new ArrayList<>();
        int end = (int) Math.min((long) start + limit, all.size());
        for (int i = start; i < end; i++) {
            items.add(Json.bytes(all.get(i)));
        }
        return SandboxResponse.json(200,
                Envelope.list(items, Envelope.offsetPaging(shape, start, limit, end < all.size())));
    }
}
