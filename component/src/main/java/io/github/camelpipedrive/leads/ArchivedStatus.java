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
package io.github.camelpipedrive.leads;

/**
 * The seed's {@code archivedStatus} option of {@code getLeads}. Pipedrive removed the {@code archived_status} query
 * parameter in 2025 and moved archived leads to {@code GET /v1/leads/archived}; the component maps the old values
 * onto today's API:
 * <ul>
 * <li>{@code not_archived} (and unset): {@code GET /v1/leads}</li>
 * <li>{@code archived}: {@code GET /v1/leads/archived}</li>
 * <li>{@code all}: both lists with the same paging window, active leads first (two requests)</li>
 * </ul>
 */
public enum ArchivedStatus {
    archived,
    not_archived,
    all
}
