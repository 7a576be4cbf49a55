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

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * One health check of this component in the context's {@link HealthCheckRegistry}, for as long as its owner (the
 * component or a consumer) runs: registered when the owner starts, unregistered when it stops, so that nothing is left
 * behind when a route is removed.
 * <p>
 * Nothing is registered when health checks are off for the whole context (no registry: camel-health missing; or the
 * registry disabled: {@code camel.health.enabled=false}) or when {@code camel.health.exclude-pattern} matches the
 * check's id. The component's own enable flags ({@code healthCheckConsumerEnabled}, {@code healthCheckProducerEnabled})
 * do not remove a check: as Camel's own consumer checks do, the check stays listed and answers UNKNOWN "Disabled".
 */
public final class HealthCheckRegistration {

    private static final HealthCheckRegistration NONE = new HealthCheckRegistration(null, null);

    private final HealthCheckRegistry registry;
    private final HealthCheck check;

    private HealthCheckRegistration(HealthCheckRegistry registry, HealthCheck check) {
        this.registry = registry;
        this.check = check;
    }

    /** A registration of nothing (before the owner started). */
    public static HealthCheckRegistration none() {
        return NONE;
    }

    /** Registers {@code check} unless the context's health checks are off or exclude it. */
    public static HealthCheckRegistration register(CamelContext context, HealthCheck check) {
        HealthCheckRegistry registry = context == null ? null : HealthCheckRegistry.get(context);
        if (registry == null || !registry.isEnabled() || registry.isExcluded(check)) {
            return NONE;
        }
        // an older check with the same id (a restart that missed its stop) would make register() a no-op
        registry.getCheck(check.getId()).ifPresent(registry::unregister);
        return registry.register(check) ? new HealthCheckRegistration(registry, check) : NONE;
    }

    /** Whether a check was registered. */
    public boolean isRegistered() {
        return registry != null;
    }

    /** Removes the check from the registry (nothing when none was registered). */
    public void unregister() {
        if (registry != null) {
            registry.unregister(check);
        }
    }
}
