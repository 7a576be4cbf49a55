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
 * What a find-or-create does when its search finds several persons or organizations for one match value.
 */
public enum MultipleMatchPolicy {
    /** Take the first one, in the order the search answers (by relevance). */
    first,
    /** Fail with a PipedriveIntakeException naming the ids found: nothing is created, no lead is sent. */
    fail,
    /** Take the one created last (the highest id: Pipedrive's ids grow with creation). */
    newest
}
