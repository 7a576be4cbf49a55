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
import java.util.Objects;
import java.util.Random;

/**
 * Runtime switchboard for webhook delivery faults ({@link PipedriveSandbox#webhookFaults()}); safe
 * to change while events flow. Choices are seeded: for every (event, matching subscription) pair,
 * in event order, exactly two numbers are drawn (drop, then duplicate), so the same seed and the
 * same sequence of lead changes give the same dropped and duplicated deliveries on every run.
 */
public final class WebhookFaults {

    private final long initialSeed;
    private final double initialDropShare;
    private final double initialDuplicateShare;
    private final Duration initialDelay;
    private double dropShare;
    private double duplicateShare;
    private Duration delay;
    private Random random;

    WebhookFaults(long seed, double dropShare, double duplicateShare, Duration delay) {
        this.initialSeed = seed;
        this.initialDropShare = checkShare("dropShare", dropShare);
        this.initialDuplicateShare = checkShare("duplicateShare", duplicateShare);
        this.initialDelay = checkDelay(delay);
        reset();
    }

    /**
     * @param share of (event, subscription) pairs that are never delivered at all, 0..1
     * @return this
     */
    public synchronized WebhookFaults dropShare(double share) {
        this.dropShare = checkShare("dropShare", share);
        return this;
    }

    /**
     * @param share of (event, subscription) pairs that are delivered twice (same {@code meta.id}), 0..1
     * @return this
     */
    public synchronized WebhookFaults duplicateShare(double share) {
        this.duplicateShare = checkShare("duplicateShare", share);
        return this;
    }

    /**
     * @param value extra wait before every delivery attempt (real time, not scaled), not negative
     * @return this
     */
    public synchronized WebhookFaults delay(Duration value) {
        this.delay = checkDelay(value);
        return this;
    }

    /**
     * Restarts the random sequence of drop and duplicate choices.
     *
     * @param seed the new seed
     * @return this
     */
    public synchronized WebhookFaults seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    /** Back to the settings the sandbox was built with (seed included). */
    public synchronized void reset() {
        this.dropShare = initialDropShare;
        this.duplicateShare = initialDuplicateShare;
        this.delay = initialDelay;
        this.random = new Random(initialSeed);
    }

    /** @return the current drop share */
    public synchronized double dropShare() {
        return dropShare;
    }

    /** @return the current duplicate share */
    public synchronized double duplicateShare() {
        return duplicateShare;
    }

    /** @return the current extra delay */
    public synchronized Duration delay() {
        return delay;
    }

    /** The fault choice for one (event, subscription) pair. */
    static final class Choice {
        final boolean drop;
        final boolean duplicate;
        final Duration delay;

        Choice(boolean drop, boolean duplicate, Duration delay) {
            this.drop = drop;
            this.duplicate = duplicate;
            this.delay = delay;
        }
    }

    synchronized Choice choose() {
        boolean drop = random.nextDouble() < dropShare;
        boolean duplicate = random.nextDouble() < duplicateShare;
        return new Choice(drop, !drop && duplicate, delay);
    }

    static double checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + share);
        }
        return share;
    }

    static Duration checkDelay(Duration value) {
        Objects.requireNonNull(value, "delay");
        if (value.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + value);
        }
        return value;
    }
}
