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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A map-backed state repository that is not Camel's in-memory class, so the consumer treats it as durable (a save per
 * completed exchange) and reads it like a database-backed one: every read goes to the one store.
 */
final class MapStateRepository extends ServiceSupport implements StateRepository<String, String> {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public void setState(String key, String value) {
        values.put(key, value);
    }

    @Override
    public String getState(String key) {
        return values.get(key);
    }
}
