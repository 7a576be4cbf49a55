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
package io.github.camelpipedrive.leads.consumer;

import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;

/**
 * A hook around each lead the polling consumer is about to deliver (one lead per exchange; not used in batchMode).
 * The push-and-backfill mode plugs in here: a lead the webhook already delivered is skipped (its cursor still moves
 * past it), and the exchange body is turned into the event the route expects.
 */
public interface DeliveryGate {

    /**
     * Called before the lead's exchange is processed.
     *
     * @return true to deliver it; false when it was already delivered another way: the exchange is not processed and
     *         the cursor moves past the lead as if it had been
     */
    boolean admit(Lead lead, Exchange exchange) throws Exception;

    /**
     * Called after an admitted lead's exchange ended, and after a skipped lead.
     *
     * @param completed whether the exchange completed and the cursor was saved past the lead
     * @param cursor    the cursor as saved now (past the lead when completed)
     */
    void finished(Lead lead, boolean completed, LeadCursor cursor);
}
