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
