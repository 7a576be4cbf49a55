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
package io.github.camelpipedrive.leads.springboot;

import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;

/**
 * Applies component options to a component with Camel's own property binding and the component's generated configurer,
 * the way Camel Main applies {@code camel.component.<name>.*}: no option is mapped by hand, and bean references
 * ({@code #bean:name}) resolve from the registry.
 */
final class ComponentOptionBinder {

    private ComponentOptionBinder() {
    }

    /**
     * Applies each option, in the map's order.
     *
     * @param camelContext  the context, for type conversion and bean references
     * @param component     the component to configure
     * @param prefix        the Spring Boot prefix of the options, to name the property in errors
     * @param options       option name to value; null values are skipped (unset)
     * @param secretOptions options whose values never appear in an error
     * @throws IllegalArgumentException naming the property when an option cannot be applied
     */
    static void apply(CamelContext camelContext, Component component, String prefix, Map<String, Object> options,
                      Set<String> secretOptions) {
        for (Map.Entry<String, Object> option : options.entrySet()) {
            if (option.getValue() == null) {
                continue;
            }
            String property = prefix + "." + DataObjectPropertyName.toDashedForm(option.getKey());
            boolean applied;
            try {
                applied = PropertyBindingSupport.build()
                        .withCamelContext(camelContext)
                        .withTarget(component)
                        .withConfigurer(component.getComponentPropertyConfigurer())
                        .withProperty(option.getKey(), option.getValue())
                        .withRemoveParameters(false)
                        .bind();
            } catch (RuntimeException e) {
                if (secretOptions.contains(option.getKey())) {
                    // Camel's binding messages carry the value: keep the credential out of the message and the chain
                    throw new IllegalArgumentException("Cannot apply " + property + " to the " + component.getClass()
                            .getSimpleName() + " (" + e.getClass().getSimpleName() + ")");
                }
                throw new IllegalArgumentException("Cannot apply " + property + ": " + e.getMessage(), e);
            }
            if (!applied) {
                throw new IllegalArgumentException("Cannot apply " + property + ": the "
                        + component.getClass().getSimpleName() + " has no option " + option.getKey());
            }
        }
    }
}
