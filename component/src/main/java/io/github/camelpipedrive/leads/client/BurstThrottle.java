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
package io.github.camelpipedrive.leads.client;

/**
 * Keeps the requests of one account within Pipedrive's rolling 2-second burst window on the client side, so that many
 * producers sharing a component do not run into 429 in the normal case. The limit is learnt from
 * {@code x-ratelimit-limit}; until a response has told it (or when it is far above any Pipedrive plan), nothing is
 * held back and no lock is taken. A response that reports {@code x-ratelimit-remaining: 0} also holds requests until
 * its {@code x-ratelimit-reset}.
 * <p>
 * The send times of the last {@code limit} requests sit in a ring: a request may go when the oldest of them has left
 * the window.
 */
public final class BurstThrottle {

    /**
     * Pipedrive's window is 2 s; the slack covers the time between our clock and the request's arrival (a thread
     * scheduled late on a busy machine) so that our window never holds more than Pipedrive's.
     */
    static final long WINDOW_MILLIS = 2500;
    /** Requests per window left to other clients of the same token. */
    static final int HEADROOM = 2;
    /** No Pipedrive plan allows this many requests per window (the largest is 480): such a limit never binds. */
    static final int UNBOUNDED_ABOVE = 10_000;

    private volatile long[] ring;
    private volatile int limit = Integer.MAX_VALUE;
    private volatile long blockedUntil;
    private int next;

    /**
     * Waits until one more request fits the window (at most {@code maxWaitMillis}), then counts it.
     *
     * @return the milliseconds waited
     */
    public long acquire(long maxWaitMillis) throws InterruptedException {
        if (ring == null && System.currentTimeMillis() >= blockedUntil) {
            return 0;
        }
        long waited = 0;
        synchronized (this) {
            while (true) {
                long now = System.currentTimeMillis();
                long[] slots = ring;
                long freeAt = slots == null ? 0 : slots[next] + WINDOW_MILLIS;
                long wait = Math.max(blockedUntil, freeAt) - now;
                if (wait <= 0 || waited >= maxWaitMillis) {
                    if (slots != null) {
                        slots[next] = now;
                        next = (next + 1) % slots.length;
                    }
                    return waited;
                }
                long slice = Math.min(wait, maxWaitMillis - waited);
                wait(slice);
                waited += slice;
            }
        }
    }

    /** Learns from a response's rate-limit headers. */
    public void observe(RateLimitInfo info) {
        if (info.limit() != null && info.limit() > 0) {
            int learnt = Math.max(1, info.limit() - HEADROOM);
            if (learnt != limit) {
                resize(learnt);
            }
        }
        if (info.remaining() != null && info.remaining() <= 0 && info.resetSeconds() != null) {
            long until = System.currentTimeMillis() + RateLimitPolicy.windowResetMillis(info.resetSeconds());
            synchronized (this) {
                if (until > blockedUntil) {
                    blockedUntil = until;
                    notifyAll();
                }
            }
        }
    }

    /** Until when requests are held by a window reported as used up (for tests). */
    long blockedUntilMillis() {
        return blockedUntil;
    }

    private synchronized void resize(int learnt) {
        limit = learnt;
        ring = learnt > UNBOUNDED_ABOVE ? null : new long[learnt];
        next = 0;
        notifyAll();
    }
}
