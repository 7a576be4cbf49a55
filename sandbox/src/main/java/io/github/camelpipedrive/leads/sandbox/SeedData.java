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

import com.fasterxml.jackson.databind.node.IntNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fills a new store with the default labels and seeded, deterministic leads. */
final class SeedData {

    /** Default labels with the example ids and times of the SPEC (reference §10.3). */
    static final String HOT = "f08b42a0-4e75-11ea-9643-03698ef1cfd6";
    static final String COLD = "f08b42a1-4e75-11ea-9643-03698ef1cfd6";
    static final String WARM = "f08b69b0-4e75-11ea-9643-03698ef1cfd6";

    private static final Instant LABEL_TIME = Instant.parse("2020-02-13T15:31:44.000Z");
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
        "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Vandelay"};
    private static final String[] TOPICS = {"inbound", "renewal", "upsell", "webinar", "referral", "trade fair"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};

    private SeedData() {
    }

    static void seedLabels(LeadStore store) {
        store.putLabel(new LeadLabel(HOT, "Hot", "red", LABEL_TIME));
        store.putLabel(new LeadLabel(COLD, "Cold", "blue", LABEL_TIME));
        store.putLabel(new LeadLabel(WARM, "Warm", "yellow", LABEL_TIME));
    }

    /**
     * Seeded leads get distinct, increasing add_time values in the past: one per hour before the
     * store's "now", jittered by less than half an hour so the order stays strict.
     */
    static void seedLeads(LeadStore store, int count, int persons, int organizations, Random random) {
        if (count == 0) {
            return;
        }
        if (persons == 0 && organizations == 0) {
            throw new IllegalStateException("seeding leads needs at least one person or organization");
        }
        Instant now = store.now();
        List<String> labelIds = List.of(HOT, COLD, WARM);
        for (int i = 0; i < count; i++) {
            Instant addTime = Timestamps.millis(now.minus(Duration.ofHours(count - i))
                    .plusMillis(random.nextInt(30 * 60 * 1000)));
            Integer person = persons > 0 && (organizations == 0 || random.nextInt(10) < 7)
                    ? 1 + random.nextInt(persons) : null;
            Integer organization = organizations > 0 && (person == null || random.nextBoolean())
                    ? 1 + random.nextInt(organizations) : null;
            String title = COMPANIES[random.nextInt(COMPANIES.length)] + " " + TOPICS[random.nextInt(TOPICS.length)]
                    + " #" + (i + 1);
            Lead lead = store.insertLead(title, person, organization, addTime, "Manually created", "ManuallyCreated",
                    null, null);
            lead.ownerId = 1 + random.nextInt(3);
            lead.wasSeen = random.nextBoolean();
            if (random.nextInt(10) < 6) {
                lead.valueAmount = IntNode.valueOf(100 * (1 + random.nextInt(500)));
                lead.valueCurrency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            }
            List<String> labels = new ArrayList<>();
            for (String label : labelIds) {
                if (random.nextInt(4) == 0) {
                    labels.add(label);
                }
            }
            lead.labelIds = labels;
            if (random.nextInt(3) == 0) {
                lead.customFields.put(LeadFieldCatalog.ENUM_FIELD_KEY, IntNode.valueOf(190 + random.nextInt(3)));
            }
            lead.invalidate();
        }
    }
}
