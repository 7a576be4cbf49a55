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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The v2 lead⇄deal conversion endpoints (reference §1.13): start a job, then poll its status.
 * A job progresses with the sandbox clock (see {@link Conversion}); polling only reports it.
 * Unknown leads, deals and jobs answer the v2 404 body ({@code "Entity was not found"}).
 */
final class ConversionHandler {

    private final LeadStore store;

    ConversionHandler(LeadStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.add("v2", "POST", "leads/([^/]+)/convert/deal", "convertLeadToDeal", 40, (r, p) -> convertLead(r, p[0]))
                .add("v2", "GET", "leads/([^/]+)/convert/status/([^/]+)", "getLeadConversionStatus", 1,
                        (r, p) -> status(Conversion.Direction.LEAD_TO_DEAL, LeadsHandler.requireUuid(p[0]), p[1]))
                .add("v2", "POST", "deals/([^/]+)/convert/lead", "convertDealToLead", 40, (r, p) -> convertDeal(r, p[0]))
                .add("v2", "GET", "deals/([^/]+)/convert/status/([^/]+)", "getDealConversionStatus", 1,
                        (r, p) -> status(Conversion.Direction.DEAL_TO_LEAD, String.valueOf(dealId(p[0])), p[1]));
    }

    private SandboxResponse convertLead(SandboxRequest request, String id) {
        String leadId = LeadsHandler.requireUuid(id);
        Integer stageId = conversionBody(request);
        return started(store.startLeadConversion(leadId, stageId));
    }

    private SandboxResponse convertDeal(SandboxRequest request, String id) {
        int dealId = dealId(id);
        if (request.body().length > 0) {
            LeadValidator.requireObject(Json.parseOrNull(request.body()));
        }
        return started(store.startDealConversion(dealId));
    }

    private SandboxResponse status(Conversion.Direction direction, String sourceId, String conversionId) {
        ObjectNode data = store.conversionStatus(direction, sourceId, conversionId);
        return SandboxResponse.json(200, Envelope.singleWithAdditional(Json.bytes(data), null));
    }

    private static SandboxResponse started(String conversionId) {
        ObjectNode data = Json.object();
        data.put("conversion_id", conversionId);
        return SandboxResponse.json(200, Envelope.singleWithAdditional(Json.bytes(data), null));
    }

    /**
     * Optional body {@code {stage_id, pipeline_id}} with {@code additionalProperties: false}.
     * The pipeline is ignored when a stage is given, as documented, so only the stage is kept.
     */
    private static Integer conversionBody(SandboxRequest request) {
        if (request.body().length == 0) {
            return null;
        }
        JsonNode body = request.jsonBody();
        LeadValidator.requireObject(body);
        Integer stageId = null;
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (!"stage_id".equals(key) && !"pipeline_id".equals(key)) {
                throw ApiException.invalid("\"" + key + "\" is not allowed");
            }
            JsonNode v = field.getValue();
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
                throw ApiException.invalid("\"" + key + "\" must be a positive integer");
            }
            if ("stage_id".equals(key)) {
                stageId = v.asInt();
            }
        }
        return stageId;
    }

    private static int dealId(String id) {
        try {
            int dealId = Integer.parseInt(id);
            if (dealId > 0) {
                return dealId;
            }
        } catch (NumberFormatException e) {
            // falls through to the validation error
        }
        throw ApiException.invalid("\"id\" must be a positive integer");
    }
}
