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

/**
 * The little the sandbox knows about a deal: enough to convert leads to deals and back. Deals are
 * not served over HTTP (no deal endpoints are emulated).
 */
final class Deal {

    final int id;
    final String title;
    final Integer personId;
    final Integer organizationId;
    final JsonNode valueAmount;
    final String valueCurrency;
    final String sourceLeadId;
    final Integer stageId;
    boolean deleted;

    Deal(int id, String title, Integer personId, Integer organizationId, JsonNode valueAmount, String valueCurrency,
            String sourceLeadId, Integer stageId) {
        this.id = id;
        this.title = title;
        this.personId = personId;
        this.organizationId = organizationId;
        this.valueAmount = valueAmount;
        this.valueCurrency = valueCurrency;
        this.sourceLeadId = sourceLeadId;
        this.stageId = stageId;
    }
}
