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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelpipedrive.leads.PipedriveLeadsConstants;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.LeadValue;
import io.github.camelpipedrive.leads.model.UpdateLeadRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated bodies, ids and option values (seeded) thrown at every operation. Each call must end either
 * with a {@link PipedriveValidationException} and nothing sent, or with a well-formed request: a path the operation
 * table allows (no injected segment or query), and a JSON object body. Never any other exception.
 */
class BadInputFuzzTest extends WireMockTestSupport {

    private static final int CASES = 3000;
    private static final Pattern SAFE_PATH = Pattern.compile("^/api/v[12]/[A-Za-z0-9/-]+$");
    private static final String[] IDS = { LEAD_ID, "../leads", "a?b=c", "%2F..%2F", "x#y", "id\r\nX-Injected: 1",
                                          "", " ", "adf21080-0e10-11eb-879b-05d71fb426ec/../../x", "💥", "null",
                                          "ADF21080-0E10-11EB-879B-05D71FB426EC" };
    private static final Object[] NUMBERS = { 0, 1, -1, 500, 501, 7, "7", "abc", 1.5, Long.MAX_VALUE, "", "1e3",
                                              "12\r\n" };
    private static final String[] TEXTS = { "add_time DESC", "add_time; DROP", "title ASC, add_time DESC",
                                            "2026-01-01T00:00:00Z", "yesterday", "Globex", "a", "x&y=z#w", "%00",
                                            "custom_fields,notes", "lead.was_seen", "", "\r\n", "../" };

    @Test
    void everyInputEndsInAValidationErrorOrAWellFormedRequest() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":null,\"additional_data\":null}")));
        Random random = new Random(20261127L);
        PipedriveLeadsOperation[] ops = PipedriveLeadsOperation.values();
        int sent = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            PipedriveLeadsOperation op = ops[random.nextInt(ops.length)];
            Map<String, Object> headers = randomHeaders(random);
            Object body = randomBody(random);
            int before = wireMock.getAllServeEvents().size();

            Exchange exchange = template.request("pipedrive-leads:" + op.name(), e -> {
                e.getMessage().setHeaders(new HashMap<>(headers));
                e.getMessage().setBody(body);
            });

            List<ServeEvent> events = wireMock.getAllServeEvents();
            Exception failure = exchange.getException();
            String description = "case " + i + ": " + op + " headers=" + headers + " body=" + body;
            if (failure instanceof PipedriveValidationException) {
                assertThat(events).as("nothing sent for invalid input, %s", description).hasSize(before);
                assertThat(failure.getMessage()).startsWith("Invalid ");
                refused++;
            } else {
                assertThat(failure).as(description).satisfiesAnyOf(
                        f -> assertThat(f).isNull(),
                        f -> assertThat(f).isInstanceOf(PipedriveLeadsException.class));
                assertThat(events.size()).as(description).isGreaterThan(before);
                for (ServeEvent event : events.subList(0, events.size() - before)) {
                    String path = event.getRequest().getUrl().split("\\?", 2)[0];
                    assertThat(path).as(description).matches(SAFE_PATH).doesNotContain("..");
                    String sentBody = event.getRequest().getBodyAsString();
                    if (!sentBody.isEmpty()) {
                        assertThat(sentBody).as(description).startsWith("{").endsWith("}");
                    }
                }
                sent++;
            }
        }
        assertThat(sent).as("valid inputs reached the wire").isGreaterThan(100);
        assertThat(refused).as("invalid inputs were refused").isGreaterThan(100);
    }

    private static Map<String, Object> randomHeaders(Random random) {
        Map<String, Object> headers = new LinkedHashMap<>();
        maybe(random, headers, PipedriveLeadsConstants.ID, IDS[random.nextInt(IDS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.LIMIT, NUMBERS[random.nextInt(NUMBERS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.START, NUMBERS[random.nextInt(NUMBERS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.OWNER_ID, NUMBERS[random.nextInt(NUMBERS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.SORT, TEXTS[random.nextInt(TEXTS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.UPDATED_SINCE, TEXTS[random.nextInt(TEXTS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.TERM, TEXTS[random.nextInt(TEXTS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.FIELDS, TEXTS[random.nextInt(TEXTS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.CURSOR, TEXTS[random.nextInt(TEXTS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.DEAL_ID, NUMBERS[random.nextInt(NUMBERS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.CONVERSION_ID, IDS[random.nextInt(IDS.length)]);
        maybe(random, headers, PipedriveLeadsConstants.ARCHIVED_STATUS,
                new String[] { "archived", "all", "not_archived", "bogus" }[random.nextInt(4)]);
        return headers;
    }

    private static void maybe(Random random, Map<String, Object> headers, String name, Object value) {
        if (random.nextInt(3) == 0) {
            headers.put(name, value);
        }
    }

    private static Object randomBody(Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return null;
            case 1:
                return new AddLeadRequest("Lead " + random.nextInt(100)).personId(1 + random.nextInt(5))
                        .value(random.nextBoolean() ? LeadValue.of(random.nextInt(1000), "EUR") : null);
            case 2:
                return new UpdateLeadRequest().title(random.nextBoolean() ? "t" : null)
                        .value(random.nextBoolean() ? null : new LeadValue(null, "EUR"));
            case 3:
                return randomMap(random);
            case 4:
                return TEXTS[random.nextInt(TEXTS.length)];
            case 5:
                return "{\"title\":\"" + TEXTS[random.nextInt(TEXTS.length)].replace("\"", "") + "\",\"person_id\":"
                       + NUMBERS[random.nextInt(NUMBERS.length)] + "}";
            case 6:
                return List.of(1, 2, 3);
            default:
                return random.nextInt();
        }
    }

    private static Map<String, Object> randomMap(Random random) {
        String[] keys = { "title", "person_id", "organization_id", "value", "visible_to", "label_ids", "name",
                          "color", "stage_id", "owner_id", "expected_close_date", "9dc80c50d78a15643bfc4ca79d76156a73a1ca0e",
                          "is_archived", "??" };
        Object[] values = { null, "x", 1, -5, "3", List.of("a"), Map.of("amount", 1), Map.of("amount", 5,
                "currency", "EUR"), "red", "mauve", true, 2.5, "2026-13-45", new ArrayList<>() };
        Map<String, Object> map = new LinkedHashMap<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            map.put(keys[random.nextInt(keys.length)], values[random.nextInt(values.length)]);
        }
        return map;
    }
}
