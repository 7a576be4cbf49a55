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
package io.github.camelpipedrive.leads.state;

import org.apache.camel.spi.StateRepository;

/**
 * A {@link StateRepository} that several nodes can share safely: besides the plain read and write it offers a
 * compare-and-set, so that a node only replaces the value it read. A deposed leader that wakes up late (after a
 * long GC pause or a network partition) then loses its write instead of moving a cursor backwards or overwriting a
 * refresh token that another node rotated meanwhile.
 * <p>
 * Reads must be read-through: {@link #getState(String)} returns what the shared store holds now, never a value
 * cached by this node.
 */
public interface ConditionalStateRepository extends StateRepository<String, String> {

    /**
     * Sets {@code key} to {@code newValue} only if it currently holds {@code expected}, atomically with respect to
     * every other node sharing the store.
     *
     * @param key      the state key, not null
     * @param expected the value the caller read before, or {@code null} for "the key has no value yet"
     *                 (insert-if-absent)
     * @param newValue the value to store, not null
     * @return true when the value was replaced (or inserted); false when another writer got there first, in which case
     *         nothing was written and the caller should re-read the state
     */
    boolean compareAndSet(String key, String expected, String newValue);
}
