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

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the search index knows about a person or an organization: a copy of its searchable fields
 * taken when it was created or changed. The index lags behind the entity by the configured
 * {@code searchIndexDelay}, so a search sees the copy that was current that long ago.
 *
 * @param name the name
 * @param emails email values (persons)
 * @param phones phone values (persons)
 * @param orgId the linked organization (persons), or null
 * @param address the address text (organizations), or null
 * @param customFields searchable custom field values as text
 */
record SearchDoc(String name, List<String> emails, List<String> phones, Integer orgId, String address,
        Map<String, String> customFields) {

    /**
     * The versions of one entity in the index: the one searches see now, and a newer one that
     * becomes visible at {@code dueAt}.
     */
    static final class Slot {
        private SearchDoc visible;
        private SearchDoc pending;
        private Instant dueAt;

        /** Queues a new version; a pending version already due is promoted first, so no version is lost early. */
        void update(SearchDoc doc, Instant now, java.time.Duration delay) {
            promote(now);
            if (delay.isZero()) {
                visible = doc;
                pending = null;
                dueAt = null;
                return;
            }
            pending = doc;
            dueAt = now.plus(delay);
        }

        private void promote(Instant now) {
            if (pending != null && !now.isBefore(dueAt)) {
                visible = pending;
                pending = null;
                dueAt = null;
            }
        }

        /** @return the version a search at {@code now} sees, or null when the entity is not indexed yet */
        SearchDoc at(Instant now) {
            if (pending != null && !now.isBefore(dueAt)) {
                return pending;
            }
            return visible;
        }
    }
}
