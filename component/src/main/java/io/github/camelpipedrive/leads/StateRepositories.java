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
package io.github.camelpipedrive.leads;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The state repositories of a component, with Camel's ownership rule: whoever creates a service stops it.
 * <ul>
 * <li>Repositories the component created (the in-memory cursor store of a consumer without a stateRepository) are
 * started here and stopped when their endpoint stops, at the latest when the component stops.</li>
 * <li>Repositories the user supplied (stateRepository, oauthTokenStore) are started when they are not yet
 * ({@link ServiceHelper#startService(Object)} does nothing on a started service or a plain object) and never stopped
 * here: the user, or the Camel context they were added to, owns them and may share them with other routes.</li>
 * </ul>
 */
final class StateRepositories {

    private final Set<StateRepository<?, ?>> created = ConcurrentHashMap.newKeySet();

    /** A new, started in-memory repository that this component owns. */
    MemoryStateRepository createInMemory() {
        MemoryStateRepository repository = new MemoryStateRepository();
        ServiceHelper.startService(repository);
        created.add(repository);
        return repository;
    }

    /** Starts a user-supplied repository unless it is started already; its owner stops it. */
    static <T> T startSupplied(T repository) {
        ServiceHelper.startService(repository);
        return repository;
    }

    /** Stops a repository this component created (nothing for any other). */
    void release(StateRepository<?, ?> repository) {
        if (repository != null && created.remove(repository)) {
            ServiceHelper.stopService(repository);
        }
    }

    /** Stops every repository this component created and still holds. */
    void stopAll() {
        for (StateRepository<?, ?> repository : created) {
            release(repository);
        }
    }

    /** How many created repositories are held (for leak checks). */
    int createdCount() {
        return created.size();
    }
}
