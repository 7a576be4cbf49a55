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
package io.github.camelpipedrive.leads.exception;

/**
 * Input that the API would reject (or that would be unsafe to send). Raised before any request is made, so nothing
 * reaches the wire. The message names the field and the rule.
 */
public class PipedriveValidationException extends PipedriveLeadsException {

    private final String field;

    public PipedriveValidationException(String field, String rule) {
        super("Invalid " + field + ": " + rule);
        this.field = field;
    }

    /** The option, header or body property that is invalid. */
    public String getField() {
        return field;
    }
}
