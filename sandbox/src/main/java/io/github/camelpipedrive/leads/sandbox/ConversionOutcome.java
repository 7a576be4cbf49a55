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

/** How a lead-to-deal or deal-to-lead conversion job ends. */
public enum ConversionOutcome {
    /** The job ends {@code completed}: the source object is marked deleted, the target exists. */
    COMPLETED("completed"),
    /** The job ends {@code failed}: nothing changes. */
    FAILED("failed"),
    /** The job ends {@code rejected}: nothing changes. */
    REJECTED("rejected");

    private final String status;

    ConversionOutcome(String status) {
        this.status = status;
    }

    /** @return the wire value of the terminal {@code status} */
    public String status() {
        return status;
    }
}
