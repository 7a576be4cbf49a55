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

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelpipedrive.leads.client.ApiVersion;

/**
 * One row of the operation table ({@link PipedriveLeadsOperation}), written from named parts:
 *
 * <pre>
 * op("POST", V1, "leads").success(201).tokens(10).body(body(AddLeadRequest.class).rules(...)).result(Lead.class)
 * </pre>
 *
 * A row says everything the producer and the consumer need to build, send and read a request: the wire (method,
 * version, path with its {@code {parameters}}, success status, token cost), the query options it accepts or rejects,
 * the body, the result shape, and the behaviours that used to be special cases in code (404 means empty, follow-up
 * operation, archived list, variants). The builder methods are only callable where the table is declared (this
 * package); everything else reads.
 */
public final class OperationRow {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private final String method;
    private final ApiVersion apiVersion;
    private final String pathTemplate;
    private final List<PathParameter> pathParameters;
    private int successStatus = 200;
    private int tokenCost;
    private Class<?> resultType;
    private boolean listResult;
    private String resultWrapper;
    private Set<QueryOption> queryOptions = Collections.unmodifiableSet(EnumSet.noneOf(QueryOption.class));
    private final Map<QueryOption, String> rejectedOptions = new EnumMap<>(QueryOption.class);
    private Consumer<Map<QueryOption, String>> queryRule = q -> {
    };
    private Body body;
    private boolean notFoundAsEmpty;
    private boolean consumable;
    private Supplier<PipedriveLeadsOperation> followUp;
    private Supplier<PipedriveLeadsOperation> archivedList;
    private Variant variant;
    private FindOrCreate findOrCreate;
    private Supplier<PipedriveLeadsOperation> intakeOrganization;
    private Supplier<PipedriveLeadsOperation> intakePerson;

    private OperationRow(String method, ApiVersion apiVersion, String pathTemplate) {
        this.method = method;
        this.apiVersion = apiVersion;
        this.pathTemplate = pathTemplate;
        this.pathParameters = parametersOf(pathTemplate);
    }

    /** Starts a row: HTTP method, API generation and path template below the version prefix. */
    static OperationRow op(String method, ApiVersion apiVersion, String pathTemplate) {
        return new OperationRow(method, apiVersion, pathTemplate);
    }

    /** Starts a body column: the request model the message body is read into. */
    static Body body(Class<?> type) {
        return new Body(type, b -> {
        }, null, false, null, null, Map.of());
    }

    private static List<PathParameter> parametersOf(String template) {
        List<PathParameter> found = new java.util.ArrayList<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            found.add(PathParameter.ofPlaceholder(m.group(1)));
        }
        return List.copyOf(found);
    }

    // ---- builder (table declaration only) ----

    OperationRow success(int status) {
        this.successStatus = status;
        return this;
    }

    OperationRow tokens(int cost) {
        this.tokenCost = cost;
        return this;
    }

    /** A single result of this type. */
    OperationRow result(Class<?> type) {
        this.resultType = type;
        this.listResult = false;
        return this;
    }

    /** A list result whose elements have this type. */
    OperationRow list(Class<?> elementType) {
        this.resultType = elementType;
        this.listResult = true;
        return this;
    }

    /** The results are a member of {@code data} (for example {@code items}), not {@code data} itself. */
    OperationRow wrappedIn(String member) {
        this.resultWrapper = member;
        return this;
    }

    OperationRow query(QueryOption... options) {
        EnumSet<QueryOption> set = EnumSet.noneOf(QueryOption.class);
        set.addAll(List.of(options));
        this.queryOptions = Collections.unmodifiableSet(set);
        return this;
    }

    /** An option that exists elsewhere but must not be set for this row; {@code why} ends the error message. */
    OperationRow rejects(QueryOption option, String why) {
        rejectedOptions.put(option, why);
        return this;
    }

    /** A rule across the formatted query values (for example: search needs a term). */
    OperationRow queryRule(Consumer<Map<QueryOption, String>> rule) {
        this.queryRule = rule;
        return this;
    }

    OperationRow body(Body column) {
        this.body = column;
        return this;
    }

    /** With {@code notFoundAsEmptyBody=true}, a 404 answers an empty body instead of an exception. */
    OperationRow notFoundAsEmpty() {
        this.notFoundAsEmpty = true;
        return this;
    }

    /** A polling consumer can be created for the operation. */
    OperationRow consumable() {
        this.consumable = true;
        return this;
    }

    /**
     * The operation that follows this one's asynchronous job (a conversion's status). Named rather than referenced:
     * an enum constant cannot refer to a later one while the table is being built.
     */
    OperationRow followedBy(String operation) {
        this.followUp = () -> PipedriveLeadsOperation.valueOf(operation);
        return this;
    }

    /** The operation listing the archived counterpart, chosen by {@code archivedStatus} (named, as followedBy). */
    OperationRow archivedIn(String operation) {
        this.archivedList = () -> PipedriveLeadsOperation.valueOf(operation);
        return this;
    }

    /**
     * Another wire form of the same operation, used when {@code when} holds for the endpoint configuration. The variant
     * row gives method, version, path, token cost, success status and query options; results are read as this row's.
     */
    OperationRow variant(String name, Predicate<PipedriveLeadsConfiguration> when, OperationRow row) {
        this.variant = new Variant(name, when, row);
        return this;
    }

    /**
     * The operation finds its result with {@code search} and creates it (this row's own wire) only when the search
     * finds nothing; {@code link} (or null) attaches a found person to an organization.
     */
    OperationRow findOrCreate(OperationRow search, OperationRow link) {
        this.findOrCreate = new FindOrCreate(search, link);
        return this;
    }

    /**
     * Lead intake: the body may name an organization and a person instead of their ids; they are resolved by these
     * find-or-create operations (named, as followedBy) before this row's request is sent.
     */
    OperationRow intake(String organizationOperation, String personOperation) {
        this.intakeOrganization = () -> PipedriveLeadsOperation.valueOf(organizationOperation);
        this.intakePerson = () -> PipedriveLeadsOperation.valueOf(personOperation);
        return this;
    }

    // ---- columns ----

    public String method() {
        return method;
    }

    public ApiVersion apiVersion() {
        return apiVersion;
    }

    /** The path below the version prefix, with {@code {parameter}} placeholders. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** The path parameters, in path order. */
    public List<PathParameter> pathParameters() {
        return pathParameters;
    }

    public int successStatus() {
        return successStatus;
    }

    public int tokenCost() {
        return tokenCost;
    }

    /** The result type (or element type of a list), or null for a variant row (it reads as its operation). */
    public Class<?> resultType() {
        return resultType;
    }

    public boolean isListResult() {
        return listResult;
    }

    public String resultWrapper() {
        return resultWrapper;
    }

    public Set<QueryOption> queryOptions() {
        return queryOptions;
    }

    /** Options that must not be set, each with the reason given in the error. */
    public Map<QueryOption, String> rejectedOptions() {
        return Collections.unmodifiableMap(rejectedOptions);
    }

    public Consumer<Map<QueryOption, String>> queryRule() {
        return queryRule;
    }

    /** The body column, or null when the operation sends no body. */
    public Body body() {
        return body;
    }

    public boolean isNotFoundAsEmpty() {
        return notFoundAsEmpty;
    }

    public boolean isConsumable() {
        return consumable;
    }

    /** The follow-up operation, or null. */
    public PipedriveLeadsOperation followUp() {
        return followUp == null ? null : followUp.get();
    }

    /** The operation listing the archived counterpart, or null. */
    public PipedriveLeadsOperation archivedList() {
        return archivedList == null ? null : archivedList.get();
    }

    /** The variant, or null. */
    public Variant variant() {
        return variant;
    }

    /** The find-or-create column (search and link rows), or null. */
    public FindOrCreate findOrCreate() {
        return findOrCreate;
    }

    /** Whether the body may name contacts to find or create (lead intake). */
    public boolean hasIntake() {
        return intakePerson != null;
    }

    /** The operation that resolves the intake's organization, or null. */
    public PipedriveLeadsOperation intakeOrganization() {
        return intakeOrganization == null ? null : intakeOrganization.get();
    }

    /** The operation that resolves the intake's person, or null. */
    public PipedriveLeadsOperation intakePerson() {
        return intakePerson == null ? null : intakePerson.get();
    }

    /** The row used with this configuration: the variant's when it applies, else this one. */
    public OperationRow effective(PipedriveLeadsConfiguration configuration) {
        return variant != null && variant.when().test(configuration) ? variant.row() : this;
    }

    /**
     * The other wire forms of a find-or-create operation: the search that runs first, and the update that links a
     * found person to an organization (null when there is none). Their results are read with the search row's own
     * result type.
     */
    public record FindOrCreate(OperationRow search, OperationRow link) {
    }

    /** Another wire form of an operation, chosen by the endpoint configuration. */
    public record Variant(String name, Predicate<PipedriveLeadsConfiguration> when, OperationRow row) {
    }

    /**
     * The body column: the request model, the API's rules checked on the JSON that would be sent, the body built from
     * endpoint options when the message has none (only for operations whose body is optional), whether custom field
     * names are resolved in it, and one other message type it can be adapted from.
     */
    public record Body(Class<?> type, Consumer<ObjectNode> rules,
            Function<PipedriveLeadsConfiguration, Object> defaults, boolean customFieldNames,
            Class<?> adaptedFrom, BiFunction<Object, ObjectMapper, Object> adapter, Map<String, QueryOption> filled) {

        public Body {
            filled = Map.copyOf(filled);
        }

        /**
         * A body property that, when the body lacks it, is taken from an option (its header first, then the endpoint
         * option), validated and written by the option's rule; for example a note's lead_id from the lead id header.
         */
        Body filling(String property, QueryOption option) {
            Map<String, QueryOption> more = new java.util.LinkedHashMap<>(filled);
            more.put(property, option);
            return new Body(type, rules, defaults, customFieldNames, adaptedFrom, adapter, more);
        }

        /** The API's rules, run on the exact JSON that would be sent. */
        Body rules(Consumer<ObjectNode> validator) {
            return new Body(type, validator, defaults, customFieldNames, adaptedFrom, adapter, filled);
        }

        /** The body is optional; without one it is built from the endpoint options by {@code fromOptions}. */
        Body optional(Function<PipedriveLeadsConfiguration, Object> fromOptions) {
            return new Body(type, rules, fromOptions, customFieldNames, adaptedFrom, adapter, filled);
        }

        /** Lead custom fields may be given by name and option label. */
        Body allowingCustomFieldNames() {
            return new Body(type, rules, defaults, true, adaptedFrom, adapter, filled);
        }

        /** A message body of type {@code from} is adapted into the model (for example a Lead read earlier). */
        <T> Body adaptedFrom(Class<T> from, BiFunction<T, ObjectMapper, Object> adapt) {
            return new Body(type, rules, defaults, customFieldNames, from,
                    (value, mapper) -> adapt.apply(from.cast(value), mapper), filled);
        }

        public boolean isOptional() {
            return defaults != null;
        }
    }
}
