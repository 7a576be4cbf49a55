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
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;

/**
 * The component's generated configurer with one check in front: the text of a number option must be a number (or,
 * for a time option, a duration). Camel's conversion turns {@code abc} into 0, which for this component means no
 * timeout or no retry; Camel Main binds {@code camel.component.pipedrive-leads.*} properties through this configurer.
 * It wraps the generated one rather than extending it: the Camel 4.14 build generates that class after compiling.
 */
final class CheckedComponentConfigurer implements GeneratedPropertyConfigurer, PropertyConfigurerGetter {

    private final PropertyConfigurer generated;

    CheckedComponentConfigurer(PropertyConfigurer generated) {
        this.generated = generated;
    }

    PropertyConfigurer generated() {
        return generated;
    }

    @Override
    public boolean configure(CamelContext camelContext, Object obj, String name, Object value, boolean ignoreCase) {
        NumberOptions.check(name, value);
        return generated.configure(camelContext, obj, name, value, ignoreCase);
    }

    @Override
    public Class<?> getOptionType(String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getOptionType(name, ignoreCase) : null;
    }

    @Override
    public String[] getAutowiredNames() {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getAutowiredNames() : null;
    }

    @Override
    public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter
                ? getter.getCollectionValueType(target, name, ignoreCase) : null;
    }

    @Override
    public Object getOptionValue(Object target, String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter
                ? getter.getOptionValue(target, name, ignoreCase) : null;
    }
}
