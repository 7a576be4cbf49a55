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
package io.github.camelpipedrive.leads.examples.webhookfeed;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelpipedrive.leads.webhook.LeadEvent;
import io.github.camelpipedrive.leads.webhook.LeadEventSource;

/** What the route delivered, for the summary. */
public class WebhookFeedStats {

    private final List<LeadEvent> events = new CopyOnWriteArrayList<>();

    public void delivered(LeadEvent event) {
        events.add(event);
        synchronized (this) {
            notifyAll(); // wakes awaitAll
        }
    }

    /**
     * Waits until every one of the ids was delivered, or the timeout passed.
     *
     * @return whether all were delivered
     */
    public synchronized boolean awaitAll(Collection<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!leadIds().containsAll(ids)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public List<String> leadIds() {
        return events.stream().map(LeadEvent::getLeadId).toList();
    }

    public long bySource(LeadEventSource source) {
        return events.stream().filter(e -> e.getSource() == source).count();
    }
}
