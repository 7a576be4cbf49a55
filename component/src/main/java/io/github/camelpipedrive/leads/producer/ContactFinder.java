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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.MultipleMatchPolicy;
import io.github.camelpipedrive.leads.OperationRequest;
import io.github.camelpipedrive.leads.PathParameter;
import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.PipedriveLeadsOperation;
import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PipedriveApiClient;
import io.github.camelpipedrive.leads.exception.PipedriveIntakeException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.ContactSearchItem;
import io.github.camelpipedrive.leads.model.ContactSearchResult;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.PersonRequest;

/**
 * Finds a person or organization, or creates it, with the wire forms of a find-or-create row of the operation table:
 * under the stripes of its match keys ({@link ContactLocks}), it asks the contacts this component created recently
 * ({@link RecentContacts}), then searches each match value (exact match), then creates. A create is a POST, which the
 * transport never repeats after a timeout; an intake retried by the route searches again first.
 */
public final class ContactFinder {

    /** How many search results are read per match value (one page; the API allows up to 500). */
    static final int SEARCH_LIMIT = 100;

    /** One value to match on: the search field, the value as given and its normalised form (the key). */
    record Match(String field, String value, String normalised) {
    }

    /**
     * What happened: the id, whether it was created (else found), whether a found person was linked to the
     * organization, and the result (the created entity, or the found one as the search described it).
     */
    public record Outcome(long id, boolean created, boolean linked, Object result) {
    }

    private final Supplier<PipedriveApiClient> client;
    private final ResultMapper results;
    private final ObjectMapper mapper;
    private final RecentContacts recent;
    private final ContactLocks locks;

    /**
     * @param client the endpoint's client (asked at each use: the endpoint creates it when it starts)
     */
    public ContactFinder(Supplier<PipedriveApiClient> client, ResultMapper results, ObjectMapper mapper, RecentContacts recent,
            ContactLocks locks) {
        this.client = client;
        this.results = results;
        this.mapper = mapper;
        this.recent = recent;
        this.locks = locks;
    }

    /**
     * Finds or creates a person; {@code organizationId} (or null) is given to a created person and linked to a found
     * one that has no organization. Null when nothing matched and createMissingContacts=false.
     */
    public Outcome person(PipedriveLeadsOperation op, PersonRequest person, Long organizationId,
            PipedriveLeadsConfiguration configuration) {
        List<Match> matches = new ArrayList<>();
        for (String field : matchFields(configuration.getPersonMatchFields())) {
            List<String> values = switch (field) {
                case "email" -> person.getEmails();
                case "phone" -> person.getPhones();
                default -> List.of(person.getName());
            };
            for (String value : values) {
                matches.add(new Match(field, value.trim(), normalise(field, value)));
            }
        }
        return findOrCreate(op, "person", matches, organizationId,
                () -> person.toCreateBody(organizationId), configuration);
    }

    /** Finds (by exact name) or creates an organization. Null when none matched and createMissingContacts=false. */
    public Outcome organization(PipedriveLeadsOperation op, OrganizationRequest organization,
            PipedriveLeadsConfiguration configuration) {
        String name = organization.getName();
        return findOrCreate(op, "organization", List.of(new Match("name", name.trim(), normalise("name", name))),
                null, organization::toCreateBody, configuration);
    }

    private Outcome findOrCreate(PipedriveLeadsOperation op, String kind, List<Match> matches, Long organizationId,
            Supplier<ObjectNode> createBody, PipedriveLeadsConfiguration configuration) {
        List<String> keys = matches.stream().map(m -> key(op, m)).distinct().toList();
        return locks.withLocks(keys, () -> {
            for (String key : keys) {
                RecentContacts.Remembered remembered = recent.get(key);
                if (remembered != null) {
                    return remembered(op, remembered, organizationId, keys);
                }
            }
            if (configuration.isSearchContacts()) {
                for (Match match : matches) {
                    ContactSearchItem item = search(op, kind, match, configuration.getMultipleMatches());
                    if (item != null) {
                        return found(op, item, organizationId);
                    }
                }
            }
            if (!configuration.isCreateMissingContacts()) {
                return null;
            }
            Object created = create(op, kind, createBody.get());
            long id = idOf(op, created);
            RecentContacts.Remembered remembered = new RecentContacts.Remembered(id, organizationId);
            keys.forEach(key -> recent.put(key, remembered));
            return new Outcome(id, true, false, created);
        });
    }

    /** A contact this component created shortly before: no search (the index may not show it yet). */
    private Outcome remembered(PipedriveLeadsOperation op, RecentContacts.Remembered remembered, Long organizationId,
            List<String> keys) {
        boolean linked = false;
        if (organizationId != null && remembered.organizationId() == null && op.row().findOrCreate().link() != null) {
            link(op, remembered.id(), organizationId);
            RecentContacts.Remembered now = new RecentContacts.Remembered(remembered.id(), organizationId);
            keys.forEach(key -> recent.put(key, now));
            linked = true;
        }
        ObjectNode described = mapper.createObjectNode().put("id", remembered.id());
        Long organization = linked ? organizationId : remembered.organizationId();
        if (organization != null && op.row().findOrCreate().link() != null) {
            described.put("org_id", organization);
        }
        return new Outcome(remembered.id(), false, linked, mapper.convertValue(described, op.resultType()));
    }

    private Outcome found(PipedriveLeadsOperation op, ContactSearchItem item, Long organizationId) {
        boolean unlinked = item.getOrganization() == null || item.getOrganization().getId() == null;
        boolean linked = false;
        if (organizationId != null && unlinked && op.row().findOrCreate().link() != null) {
            link(op, item.getId(), organizationId);
            linked = true;
        }
        ObjectNode described = mapper.createObjectNode().put("id", item.getId()).put("name", item.getName());
        if (linked) {
            described.put("org_id", organizationId);
        } else if (!unlinked) {
            described.put("org_id", item.getOrganization().getId());
        }
        if (item.getEmails() != null) {
            item.getEmails().forEach(e -> described.withArray("emails").addObject().put("value", e));
        }
        if (item.getPhones() != null) {
            item.getPhones().forEach(p -> described.withArray("phones").addObject().put("value", p));
        }
        if (item.getAddress() != null) {
            described.putPOJO("address", item.getAddress());
        }
        return new Outcome(item.getId(), false, linked, mapper.convertValue(described, op.resultType()));
    }

    /** The one contact the search found for this value (after the multiple-match policy), or null. */
    private ContactSearchItem search(PipedriveLeadsOperation op, String kind, Match match, MultipleMatchPolicy policy) {
        OperationRequest request = OperationRequest.findOrCreateSearch(op).query(QueryOption.TERM, match.value())
                .query(QueryOption.MATCH_FIELD, match.field()).query(QueryOption.EXACT_MATCH, true)
                .query(QueryOption.LIMIT, SEARCH_LIMIT);
        ApiResult answer = client.get().call(request.toApiRequest(), request.wire().successStatus());
        List<ContactSearchItem> items = new ArrayList<>();
        for (Object entry : results.mapRow(request.wire(), answer)) {
            ContactSearchItem item = ((ContactSearchResult) entry).getItem();
            if (item != null && item.getId() != null && matches(item, match)) {
                items.add(item);
            }
        }
        if (items.size() <= 1) {
            return items.isEmpty() ? null : items.get(0);
        }
        return switch (policy == null ? MultipleMatchPolicy.first : policy) {
            case first -> items.get(0);
            case newest -> items.stream().max(Comparator.comparingLong(ContactSearchItem::getId)).orElseThrow();
            case fail -> throw new PipedriveIntakeException(items.size() + " " + kind + "s match the " + match.field()
                    + " given (ids " + items.stream().map(i -> i.getId().toString()).collect(Collectors.joining(", "))
                    + ") and multipleMatches=fail: nothing was created");
        };
    }

    /**
     * Whether the search item really has the value: an exact-match search is trusted for what it does not show (an
     * item without e-mail addresses in the answer is kept), but a value it shows must be the one searched.
     */
    private static boolean matches(ContactSearchItem item, Match match) {
        List<String> shown = switch (match.field()) {
            case "email" -> item.getEmails();
            case "phone" -> item.getPhones();
            default -> item.getName() == null ? null : List.of(item.getName());
        };
        return shown == null || shown.isEmpty()
               || shown.stream().anyMatch(v -> v != null && normalise(match.field(), v).equals(match.normalised()));
    }

    private Object create(PipedriveLeadsOperation op, String kind, ObjectNode body) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the " + kind + " to create", e);
        }
        ApiResult answer = client.get().call(OperationRequest.of(op).body(json).toApiRequest(), op.successStatus());
        return results.map(op, answer);
    }

    private void link(PipedriveLeadsOperation op, long personId, long organizationId) {
        OperationRequest request = OperationRequest.findOrCreateLink(op).path(PathParameter.PERSON_ID, personId);
        try {
            request.body(mapper.writeValueAsBytes(mapper.createObjectNode().put("org_id", organizationId)));
        } catch (JsonProcessingException e) {
            throw new PipedriveLeadsException("Cannot write the link of person " + personId, e);
        }
        client.get().call(request.toApiRequest(), request.wire().successStatus());
    }

    private long idOf(PipedriveLeadsOperation op, Object created) {
        Long id = created == null ? null : mapper.valueToTree(created).path("id").isIntegralNumber()
                ? mapper.valueToTree(created).path("id").asLong() : null;
        if (id == null) {
            throw new PipedriveLeadsException("Pipedrive " + op.name() + " created a contact but answered no id");
        }
        return id;
    }

    private String key(PipedriveLeadsOperation op, Match match) {
        return client.get().identity() + "|" + op.name() + "|" + match.field() + ":" + match.normalised();
    }

    /** The match fields of the option, validated. */
    static List<String> matchFields(String option) {
        List<String> fields = new ArrayList<>();
        for (String part : (option == null ? "" : option).split(",")) {
            String field = part.trim().toLowerCase(Locale.ROOT);
            if (field.isEmpty()) {
                continue;
            }
            if (!field.equals("email") && !field.equals("phone") && !field.equals("name")) {
                throw new PipedriveValidationException("personMatchFields",
                        "'" + QueryOption.abbreviate(part.trim()) + "' is not one of [email, phone, name]");
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The form two values are compared in: e-mail lower case, phone digits (and a leading +), name lower case. */
    static String normalise(String field, String value) {
        String trimmed = value.trim();
        return switch (field) {
            case "email" -> trimmed.toLowerCase(Locale.ROOT);
            case "phone" -> (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
            default -> trimmed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        };
    }
}
