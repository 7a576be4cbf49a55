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

import io.github.camelpipedrive.leads.exception.PipedriveConversionException;

import io.github.camelpipedrive.leads.OperationRequest;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;

/**
 * Follows an asynchronous conversion to its end by polling its status endpoint (1 token a request), bounded in time.
 */
public final class ConversionWaiter {

    private final PipedriveApiClient client;
    private final ResultMapper results;
    private final long timeoutMillis;
    private final long pollIntervalMillis;

    public ConversionWaiter(PipedriveApiClient client, ResultMapper results, long timeoutMillis,
                            long pollIntervalMillis) {
        this.client = client;
        this.results = results;
        this.timeoutMillis = timeoutMillis;
        this.pollIntervalMillis = Math.max(10, pollIntervalMillis);
    }

    /**
     * The final status; a completed conversion returns it, a failed or rejected one raises
     * {@link PipedriveConversionException}, and so does a conversion still running at the timeout.
     */
    public ConversionStatus await(PipedriveLeadsOperation started, OperationRequest startRequest, ConversionJob job) {
        PipedriveLeadsOperation statusOp = started.conversionStatusOperation();
        ApiRequest statusRequest = startRequest.followUp(job.getConversionId()).toApiRequest();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            ConversionStatus status = (ConversionStatus) results.map(statusOp,
                    client.call(statusRequest, statusOp.successStatus()));
            if (status != null && status.isFinished()) {
                if (!status.isCompleted()) {
                    throw new PipedriveConversionException(started.name(), job.getConversionId(), status.getStatus(),
                            "the conversion ended " + status.getStatus());
                }
                return status;
            }
            if (System.currentTimeMillis() + pollIntervalMillis > deadline) {
                throw new PipedriveConversionException(started.name(), job.getConversionId(),
                        status == null ? null : status.getStatus(),
                        "still " + (status == null ? "unknown" : status.getStatus()) + " after " + timeoutMillis
                                                        + " ms; check later with " + statusOp.name());
            }
            try {
                Thread.sleep(pollIntervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipedriveLeadsException("Interrupted while waiting for conversion " + job.getConversionId(),
                        e);
            }
        }
    }
}
