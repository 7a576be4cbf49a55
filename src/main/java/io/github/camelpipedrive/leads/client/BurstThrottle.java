package io.github.camelpipedrive.leads.client;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the requests of one account within Pipedrive's rolling 2-second burst window on the client side, so that many
 * producers sharing a component do not run into 429 in the normal case. The limit is learnt from
 * {@code x-ratelimit-limit}; until a response has told it, nothing is held back. A response that reports
 * {@code x-ratelimit-remaining: 0} also holds requests until its {@code x-ratelimit-reset}.
 */
public final class BurstThrottle {

    /**
     * Pipedrive's window is 2 s; the slack covers the time between our clock and the request's arrival (a thread
     * scheduled late on a busy machine) so that our window never holds more than Pipedrive's.
     */
    static final long WINDOW_MILLIS = 2500;
    /** Requests per window left to other clients of the same token. */
    static final int HEADROOM = 2;

    private final Deque<Long> sent = new ArrayDeque<>();
    private int limit = Integer.MAX_VALUE;
    private long blockedUntil;

    /**
     * Waits until one more request fits the window (at most {@code maxWaitMillis}), then counts it.
     *
     * @return the milliseconds waited
     */
    public long acquire(long maxWaitMillis) throws InterruptedException {
        long waited = 0;
        synchronized (this) {
            while (true) {
                long now = System.currentTimeMillis();
                while (!sent.isEmpty() && sent.peekFirst() <= now - WINDOW_MILLIS) {
                    sent.pollFirst();
                }
                long wait = Math.max(blockedUntil - now,
                        sent.size() >= limit ? sent.peekFirst() + WINDOW_MILLIS - now : 0);
                if (wait <= 0 || waited >= maxWaitMillis) {
                    sent.addLast(now);
                    return waited;
                }
                long slice = Math.min(wait, maxWaitMillis - waited);
                wait(slice);
                waited += slice;
            }
        }
    }

    /** Learns from a response's rate-limit headers. */
    public synchronized void observe(RateLimitInfo info) {
        if (info.limit() != null && info.limit() > 0) {
            limit = Math.max(1, info.limit() - HEADROOM);
        }
        if (info.remaining() != null && info.remaining() <= 0 && info.resetSeconds() != null) {
            blockedUntil = Math.max(blockedUntil, System.currentTimeMillis() + info.resetSeconds() * 1000L);
        }
        notifyAll();
    }

    /** The learnt limit per window (Integer.MAX_VALUE while unknown). */
    public synchronized int limit() {
        return limit;
    }
}
