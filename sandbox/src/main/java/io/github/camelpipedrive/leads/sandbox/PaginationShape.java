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

/**
 * Shape of the {@code additional_data} paging block of the offset-paged v1 lists.
 *
 * <p>The reference (§1.2) cannot say which one the live {@code GET /v1/leads} returns, so the
 * sandbox can produce both and a client is expected to parse both.
 */
public enum PaginationShape {
    /** SPEC-v1 schema: {@code additional_data: {start, limit, more_items_in_collection}}. */
    FLAT,
    /**
     * Pipedrive's general docs: {@code additional_data: {pagination: {start, limit,
     * more_items_in_collection, next_start}}}; {@code next_start} only when more items exist.
     */
    NESTED
}
