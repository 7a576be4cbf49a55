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

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes find-or-creates of the same contact within one JVM: two intakes of the same e-mail address at the same
 * time would otherwise both search, both find nothing and both create a person. Striped (a fixed number of locks,
 * chosen by the hash of the normalised match key), so memory stays bounded and different contacts rarely wait for
 * each other. A contact with several keys (e-mail and phone) takes all its stripes in ascending order, so two such
 * contacts cannot deadlock; callers never hold stripes of two find-or-creates at once.
 */
public final class ContactLocks {

    private final ReentrantLock[] stripes;

    public ContactLocks(int stripeCount) {
        stripes = new ReentrantLock[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the stripes of every key. */
    public <T> T withLocks(Collection<String> keys, Supplier<T> work) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String key : keys) {
            indexes.add(Math.floorMod(key.hashCode(), stripes.length));
        }
        java.util.ArrayDeque<ReentrantLock> held = new java.util.ArrayDeque<>();
        try {
            for (int index : indexes) {
                stripes[index].lock();
                held.push(stripes[index]);
            }
            return work.get();
        } finally {
            while (!held.isEmpty()) {
                held.pop().unlock();
            }
        }
    }
}
