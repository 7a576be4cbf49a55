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

import java.util.Map;
import java.util.function.Predicate;

/**
 * The saved lead filters the sandbox company has, for {@code filter_id}:
 * 1 = owner is user 1, 2 = owner is user 2, 3 = linked to an organization, 4 = has a value.
 */
final class SavedFilters {

    private static final Map<Integer, Predicate<Lead>> FILTERS = Map.of(
            1, lead -> lead.ownerId == 1,
            2, lead -> lead.ownerId == 2,
            3, lead -> lead.organizationId != null,
            4, Lead::hasValue);

    private SavedFilters() {
    }

    /** @return the filter, or {@code null} when the company has no saved filter with that id */
    static Predicate<Lead> byId(int id) {
        return FILTERS.get(id);
    }
}
