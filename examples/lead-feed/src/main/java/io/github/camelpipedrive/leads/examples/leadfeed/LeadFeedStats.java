package io.github.camelpipedrive.leads.examples.leadfeed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.Exchange;

/** Counts what the routes created and consumed, and names the labels of each lead for the log line. */
public class LeadFeedStats {

    /** Header with the label names of the lead in the body. */
    public static final String LABELS_HEADER = "LeadFeedLabels";

    private final Map<String, String> labelNames = new ConcurrentHashMap<>();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> consumed = ConcurrentHashMap.newKeySet();

    /** Remembers a label's name so that log lines can show names rather than ids. */
    public void label(String id, String name) {
        labelNames.put(id, name);
    }

    /** Called by the producer route with the created lead. */
    public void created(Exchange exchange) {
        Lead lead = exchange.getMessage().getBody(Lead.class);
        created.add(lead.getId());
        exchange.getMessage().setHeader(LABELS_HEADER, names(lead.getLabelIds()));
    }

    /** Called by the consumer route with each delivered lead. */
    public void consumed(Exchange exchange) {
        Lead lead = exchange.getMessage().getBody(Lead.class);
        consumed.add(lead.getId());
        exchange.getMessage().setHeader(LABELS_HEADER, names(lead.getLabelIds()));
    }

    private String names(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return "none";
        }
        return ids.stream().map(id -> labelNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    public Set<String> createdIds() {
        return Set.copyOf(created);
    }

    public Set<String> consumedIds() {
        return Set.copyOf(consumed);
    }

    /** @return how many of the leads this run created the consumer has delivered */
    public long consumedOfCreated() {
        return created.stream().filter(consumed::contains).count();
    }
}
