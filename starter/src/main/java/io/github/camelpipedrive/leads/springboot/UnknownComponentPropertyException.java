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

    UnknownComponentPropertyException(String prefix, Map<String, String> problemsByKey) {
        super(message(prefix, problemsByKey.values()));
        this.keys = List.copyOf(problemsByKey.keySet());
    }

    private static String message(String prefix, Collection<String> problems) {
        StringBuilder message = new StringBuilder("Unknown ").append(problems.size() == 1 ? "property" : "properties")
                .append(" under ").append(prefix).append(" (no such component option):");
        for (String problem : problems) {
            message.append("\n  ").append(problem);
        }
        message.append("\nFix or remove ").append(problems.size() == 1 ? "it" : "them")
                .append("; your IDE completes the valid keys, and the component reference lists every option.");
        return message.toString();
    }

    /**
     * @return the unknown keys, in canonical form (for example camel.component.pipedrive-leads.api-tokn)
     */
    public List<String> getKeys() {
        return keys;
    }
}
