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

/**
 * The component's generated configurer with one check in front: the text of a number option must be a number (or,
 * for a time option, a duration). Camel's conversion turns {@code abc} into 0, which for this component means no
 * timeout or no retry; Camel Main binds {@code camel.component.pipedrive-leads.*} properties through this configurer.
 */
final class CheckedComponentConfigurer extends PipedriveLeadsComponentConfigurer {

    static final CheckedComponentConfigurer INSTANCE = new CheckedComponentConfigurer();

    @Override
    public boolean configure(CamelContext camelContext, Object obj, String name, Object value, boolean ignoreCase) {
        NumberOptions.check(name, value);
        return super.configure(camelContext, obj, name, value, ignoreCase);
    }
}
