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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;

/**
 * Logs a failing poll by change of state instead of once per poll: the first failure as one WARN line with its cause
 * (no stack trace; that is at DEBUG), a changed cause as another WARN, an unchanged one at most once per
 * {@link #REMINDER} as a summary, and the recovery as one INFO line. Exception messages of this component carry no
 * credentials; line breaks are flattened so one failure is one line.
 */
final class PollFailureLog {

    /** How often an unchanged failure is summarised while it lasts. */
    static final Duration REMINDER = Duration.ofHours(1);

    private final Logger log;
    private final String feed;
    private final Clock clock;
    private int failures;
    private Instant since;
    private Instant lastLogged;
    private String lastCause;

    PollFailureLog(Logger log, String feed, Clock clock) {
        this.log = log;
        this.feed = feed;
        this.clock = clock;
    }

    /** A poll failed. */
    synchronized void failed(Throwable error) {
        String cause = describe(error);
        Instant now = clock.instant();
        failures++;
        if (failures == 1) {
            since = now;
            lastLogged = now;
            log.warn("Polling {} failed: {}. The cursor has not moved; polls retry (with backoff) and this is"
                     + " logged again only when it changes or recovers.", feed, cause);
        } else if (!cause.equals(lastCause)) {
            lastLogged = now;
            log.warn("Polling {} still fails ({} failed polls since {}), now with: {}", feed, failures, since, cause);
        } else if (!now.isBefore(lastLogged.plus(REMINDER))) {
            lastLogged = now;
            log.warn("Polling {} still fails: {} failed polls since {}, last: {}", feed, failures, since, cause);
        }
        log.debug("Polling {} failed", feed, error);
        lastCause = cause;
    }

    /** A poll succeeded. */
    synchronized void succeeded() {
        if (failures > 0) {
            log.info("Polling {} recovered after {} failed polls since {}", feed, failures, since);
        }
        failures = 0;
        since = null;
        lastCause = null;
    }

    synchronized int failures() {
        return failures;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        if (error.getMessage() != null) {
            text.append(": ").append(error.getMessage());
        }
        Throwable cause = error.getCause();
        if (cause != null && cause != error && cause.getMessage() != null
            && (error.getMessage() == null || !error.getMessage().contains(cause.getMessage()))) {
            text.append(" (caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage()).append(')');
        }
        return text.toString().replaceAll("[\\r\\n]+", " ");
    }
}
