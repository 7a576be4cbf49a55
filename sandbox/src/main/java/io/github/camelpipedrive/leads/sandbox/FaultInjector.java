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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runtime switchboard for injected failures; safe to change while clients are polling.
 *
 * <p>A target is an operation id (e.g. {@code getLeads}, {@code addLead}, {@code updateLead},
 * {@code searchLeads}, {@code searchLeadsV2}, {@code convertLeadToDeal}, {@code oauthToken}) or
 * a regular expression that must match the whole request path (without query), e.g.
 * {@code ".+/leads/archived"}. At most one fault applies per request; one-shot rules
 * ({@link #failNext}) are consulted first, in the order they were armed, then the fraction rule.
 */
public final class FaultInjector {

    private static final class Rule {
        final String operation;
        final Pattern path;
        final Fault fault;
        int remaining;

        Rule(String target, int times, Fault fault) {
            this.operation = target;
            Pattern compiled;
            try {
                compiled = Pattern.compile(target);
            } catch (PatternSyntaxException e) {
                compiled = Pattern.compile(Pattern.quote(target));
            }
            this.path = compiled;
            this.fault = fault;
            this.remaining = times;
        }

        boolean matches(String operationId, String requestPath) {
            return operation.equals(operationId) || path.matcher(requestPath).matches();
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private double fraction;
    private Random fractionRandom;
    private Fault fractionFault;
    private int injected;

    FaultInjector() {
    }

    /**
     * Fails the next {@code times} requests that match the target.
     *
     * @param operationOrPathRegex operation id or regular expression for the whole path
     * @param times how many matching requests fail
     * @param fault what happens to them
     * @return this injector
     */
    public synchronized FaultInjector failNext(String operationOrPathRegex, int times, Fault fault) {
        Objects.requireNonNull(operationOrPathRegex, "operationOrPathRegex");
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        rules.add(new Rule(operationOrPathRegex, times, fault));
        return this;
    }

    /**
     * Fails the next request that matches the target.
     *
     * @param operationOrPathRegex operation id or regular expression for the whole path
     * @param fault what happens to it
     * @return this injector
     */
    public FaultInjector failNext(String operationOrPathRegex, Fault fault) {
        return failNext(operationOrPathRegex, 1, fault);
    }

    /**
     * Fails a seeded-random fraction of all requests (replacing any previous fraction rule).
     *
     * @param fraction between 0 and 1
     * @param seed seed of the random sequence, so a run is reproducible
     * @param fault what happens to the chosen requests
     * @return this injector
     */
    public synchronized FaultInjector failFraction(double fraction, long seed, Fault fault) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be between 0 and 1");
        }
        this.fraction = fraction;
        this.fractionRandom = new Random(seed);
        this.fractionFault = Objects.requireNonNull(fault, "fault");
        return this;
    }

    /** Disarms every rule. */
    public synchronized void clear() {
        rules.clear();
        fraction = 0;
        fractionRandom = null;
        fractionFault = null;
    }

    /** @return how many faults have been injected since start */
    public synchronized int injectedCount() {
        return injected;
    }

    /** @return the fault for this request, or {@code null} */
    synchronized Fault pick(String operationId, String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext();) {
            Rule rule = it.next();
            if (rule.matches(operationId, path)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                injected++;
                return rule.fault;
            }
        }
        if (fractionRandom != null && fractionRandom.nextDouble() < fraction) {
            injected++;
            return fractionFault;
        }
        return null;
    }
}
