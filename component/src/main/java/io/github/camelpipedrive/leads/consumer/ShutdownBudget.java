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

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ShutdownStrategy;

/**
 * How long a stopping consumer or webhook handler may wait for the work it has in flight: Camel's shutdown timeout,
 * or nothing once Camel's shutdown has already waited its timeout and forces the stop (no second wait on top).
 */
public final class ShutdownBudget {

    private ShutdownBudget() {
    }

    /** The wait allowed, in milliseconds; -1 when Camel forces the stop and nothing may be waited for. */
    public static long millis(CamelContext context) {
        ShutdownStrategy shutdown = context.getShutdownStrategy();
        if (shutdown.isForceShutdown() || shutdown.hasTimeoutOccurred()) {
            return -1;
        }
        return shutdown.getTimeUnit().toMillis(shutdown.getTimeout());
    }
}
