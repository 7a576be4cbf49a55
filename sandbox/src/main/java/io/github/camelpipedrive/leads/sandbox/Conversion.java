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

import java.time.Duration;
import java.time.Instant;

/**
 * One asynchronous conversion job. Its progress is a function of the sandbox clock alone: it is
 * {@code not_started} during the first half of the conversion delay, {@code running} during the
 * second half, and reaches its outcome when the delay has passed. Nobody has to poll it: the store
 * applies every job that is due before it serves anything (see {@link LeadStore}), so the source
 * lead/deal vanishes and the target appears at {@link #dueAt}, whoever looks and whenever.
 */
final class Conversion {

    enum Direction {
        LEAD_TO_DEAL,
        DEAL_TO_LEAD
    }

    final String id;
    /** Creation order: the tie-break between jobs due at the same instant. */
    final long seq;
    final Direction direction;
    final String leadId;
    final Integer dealId;
    final Integer stageId;
    final ConversionOutcome outcome;
    final Instant startedAt;
    final Instant dueAt;
    /** Terminal status actually reached (may be failed when the source vanished meanwhile); null while pending. */
    String terminalStatus;
    Integer resultDealId;
    String resultLeadId;

    Conversion(String id, long seq, Direction direction, String leadId, Integer dealId, Integer stageId,
            ConversionOutcome outcome, Instant startedAt, Duration delay) {
        this.id = id;
        this.seq = seq;
        this.direction = direction;
        this.leadId = leadId;
        this.dealId = dealId;
        this.stageId = stageId;
        this.outcome = outcome;
        this.startedAt = startedAt;
        this.dueAt = startedAt.plus(delay);
    }

    /**
     * @param now the sandbox clock's now
     * @return the wire status at that instant; a job past its due time that has not been applied
     *     yet (a clock that moved between settling and reading) still reports {@code running}
     */
    String status(Instant now) {
        if (terminalStatus != null) {
            return terminalStatus;
        }
        Instant halfway = startedAt.plus(Duration.between(startedAt, dueAt).dividedBy(2));
        return now.isBefore(halfway) ? "not_started" : "running";
    }
}
