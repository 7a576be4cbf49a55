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

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A {@code camel.component.pipedrive-leads.*} key that is no option of the component: the application does not start,
 * as with Camel Main, instead of running without the setting. The message names each key, where it was set and the
 * closest option; never a value.
 */
public class UnknownComponentPropertyException extends IllegalStateException {

    private final List<String> keys;
    private final String description;

    private UnknownComponentPropertyException(String description, List<String> keys) {
        super(description + "\nFix or remove " + (keys.size() == 1 ? "it" : "them")
              + "; your IDE completes the valid keys, and the component reference lists every option.");
        this.description = description;
        this.keys = keys;
    }

    /**
     * @param prefix        the component's property prefix
     * @param problemsByKey each unknown key with its description line
     */
    static UnknownComponentPropertyException of(String prefix, Map<String, String> problemsByKey) {
        return new UnknownComponentPropertyException(description(prefix, problemsByKey.values()),
                List.copyOf(problemsByKey.keySet()));
    }

    private static String description(String prefix, Collection<String> problems) {
        StringBuilder message = new StringBuilder("Unknown ").append(problems.size() == 1 ? "property" : "properties")
                .append(" under ").append(prefix).append(" (no such component option):");
        for (String problem : problems) {
            message.append("\n  ").append(problem);
        }
        return message.toString();
    }

    /**
     * @return the unknown keys with where each was set and the likely option, without the advice of the message
     */
    public String getDescription() {
        return description;
    }

    /**
     * @return the unknown keys, in canonical form (for example camel.component.pipedrive-leads.api-tokn)
     */
    public List<String> getKeys() {
        return keys;
    }
}
