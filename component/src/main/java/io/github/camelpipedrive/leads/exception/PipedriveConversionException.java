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

import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

/**
 * A lead-to-deal or deal-to-lead conversion that failed, was rejected, or did not end in time.
 */
public class PipedriveConversionException extends PipedriveLeadsException {

    private final String conversionId;
    private final String status;

    public PipedriveConversionException(String operation, String conversionId, String status, String reason) {
        super("Pipedrive " + operation + " conversion " + conversionId + ": " + reason);
        this.conversionId = conversionId;
        this.status = status;
    }

    /** The conversion job id. */
    public String getConversionId() {
        return conversionId;
    }

    /** The last status seen (failed, rejected, running, ...). */
    public String getStatus() {
        return status;
    }
}
