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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiVersion;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.model.ConversionJob;
import io.github.camelpipedrive.leads.model.ConversionStatus;
import io.github.camelpipedrive.leads.model.ConvertLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operation table is consistent with itself, and every operation's request is built from its row through the one
 * builder ({@link OperationRequest}). A wrong row (a placeholder without a parameter, a GET with a body, a paged list
 * without its paging option, a follow-up that cannot carry the ids, a variant that silently drops an option) fails
 * here rather than on the wire.
 */
class OperationTableTest {

    private static final String LEAD = "adf21080-0e10-11eb-879b-05d71fb426ec";
    private static final String CONVERSION = "4b40248b-945a-4802-b996-60fdff8c5c69";
    private static final Map<PathParameter, String> SAMPLE = Map.of(PathParameter.ID, LEAD, PathParameter.DEAL_ID,
            "42", PathParameter.CONVERSION_ID, CONVERSION);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Every operation's request, built from its row: method, version, path, token cost and name come from it. */
    @ParameterizedTest
    @EnumSource(PipedriveLeadsOperation.class)
    void everyOperationIsBuiltFromItsRowThroughTheOneBuilder(PipedriveLeadsOperation op) {
        OperationRequest request = OperationRequest.of(op);
        String expectedPath = op.pathTemplate();
        for (PathParameter p : op.row().pathParameters()) {
            request.path(p, SAMPLE.get(p));
            expectedPath = expectedPath.replace("{" + p.optionName() + "}", SAMPLE.get(p));
        }
        if (op.row().body() != null) {
            request.body("{}".getBytes(StandardCharsets.UTF_8));
        }
        if (op.queryOptions().contains(QueryOption.TERM)) {
            request.query(QueryOption.TERM, "acme");
        }
        if (op.queryOptions().contains(QueryOption.LEAD_ID)) {
            request.query(QueryOption.LEAD_ID, LEAD);
        }

        ApiRequest wire = request.toApiRequest();

        assertThat(wire.operation()).isEqualTo(op.name());
        assertThat(wire.method()).isEqualTo(op.method());
        assertThat(wire.version()).isEqualTo(op.apiVersion());
        assertThat(wire.fullPath()).isEqualTo(op.apiVersion().prefix() + expectedPath).doesNotContain("{", "}");
        assertThat(wire.tokenCost()).isEqualTo(op.tokenCost());
        assertThat(wire.jsonBody() != null).isEqualTo(op.bodyType() != null);
    }

    @ParameterizedTest
    @EnumSource(PipedriveLeadsOperation.class)
    void pathPlaceholdersAreExactlyTheRowsPathParameters(PipedriveLeadsOperation op) {
        List<PathParameter> placeholders = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(op.pathTemplate());
        while (m.find()) {
            placeholders.add(PathParameter.ofPlaceholder(m.group(1)));
        }
        assertThat(op.row().pathParameters()).containsExactlyElementsOf(placeholders).doesNotHaveDuplicates();
        assertThat(op.requiresId()).isEqualTo(placeholders.contains(PathParameter.ID));
        assertThat(op.requiresDealId()).isEqualTo(placeholders.contains(PathParameter.DEAL_ID));
        assertThat(op.requiresConversionId()).isEqualTo(placeholders.contains(PathParameter.CONVERSION_ID));
        assertThat(op.pathTemplate()).doesNotStartWith("/").doesNotContain("?", "//");
    }

    @ParameterizedTest
    @EnumSource(PipedriveLeadsOperation.class)
    void wireColumnsAreSane(PipedriveLeadsOperation op) {
        assertThat(op.method()).isIn("GET", "POST", "PATCH", "DELETE");
        assertThat(op.apiVersion()).isNotNull();
        assertThat(op.successStatus()).isBetween(200, 299);
        assertThat(op.tokenCost()).as("token cost of %s", op).isPositive();
        assertThat(op.resultType()).as("result type of %s", op).isNotNull();
        if (op.resultWrapper() != null) {
            assertThat(op.isListResult()).as("only list results are wrapped").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(PipedriveLeadsOperation.class)
    void bodyColumnsAreConsistent(PipedriveLeadsOperation op) {
        OperationRow.Body body = op.row().body();
        if (op.method().equals("GET") || op.method().equals("DELETE")) {
            assertThat(body).as("%s %s sends no body", op.method(), op).isNull();
        }
        if (op.method().equals("PATCH")) {
            assertThat(body).as("PATCH %s needs a body", op).isNotNull();
        }
        if (body == null) {
            assertThat(op.bodyType()).isNull();
            assertThat(op.isBodyOptional()).isFalse();
            return;
        }
        assertThat(body.type().getPackageName()).isEqualTo(Lead.class.getPackageName());
        assertThat(body.rules()).isNotNull();
        assertThat(body.adaptedFrom() == null).isEqualTo(body.adapter() == null);
        if (body.isOptional()) {
            Object defaults = body.defaults().apply(new PipedriveLeadsConfiguration());
            assertThat(defaults).as("the default body of %s", op).isInstanceOf(body.type());
        }
    }

    @ParameterizedTest
    @EnumSource(PipedriveLeadsOperation.class)
    void queryColumnsAreConsistent(PipedriveLeadsOperation op) {
        Set<QueryOption> accepted = op.queryOptions();
        Set<QueryOption> both = EnumSet.noneOf(QueryOption.class);
        both.addAll(accepted);
        both.retainAll(op.row().rejectedOptions().keySet());
        assertThat(both).as("%s both accepts and rejects", op).isEmpty();
        if (op.isPaged()) {
            assertThat(op.isListResult()).as("%s is paged, so it lists", op).isTrue();
            assertThat(accepted.contains(QueryOption.START) || accepted.contains(QueryOption.CURSOR))
                    .as("%s pages with start or cursor", op).isTrue();
        }
        if (!op.isListResult()) {
            assertThat(accepted).as("%s returns one result", op).isEmpty();
        }
        if (!op.method().equals("GET")) {
            assertThat(accepted).as("%s takes its input from the body", op).isEmpty();
        }
    }

    /** A conversion's follow-up can be built from the start request alone: it needs no id the start had not. */
    @Test
    void followUpsAreStatusOperationsThatReuseTheStartsIds() {
        List<PipedriveLeadsOperation> starts = Stream.of(PipedriveLeadsOperation.values())
                .filter(PipedriveLeadsOperation::isConversion).toList();
        assertThat(starts).containsExactlyInAnyOrder(PipedriveLeadsOperation.convertLeadToDeal,
                PipedriveLeadsOperation.convertDealToLead);
        for (PipedriveLeadsOperation start : starts) {
            PipedriveLeadsOperation status = start.conversionStatusOperation();
            assertThat(start.resultType()).isEqualTo(ConversionJob.class);
            assertThat(status.resultType()).isEqualTo(ConversionStatus.class);
            assertThat(status.method()).isEqualTo("GET");
            List<PathParameter> needed = new ArrayList<>(status.row().pathParameters());
            needed.remove(PathParameter.CONVERSION_ID);
            assertThat(start.row().pathParameters()).containsAll(needed);

            OperationRequest started = OperationRequest.of(start);
            start.row().pathParameters().forEach(p -> started.path(p, SAMPLE.get(p)));
            ApiRequest poll = started.followUp(CONVERSION).toApiRequest();
            assertThat(poll.operation()).isEqualTo(status.name());
            assertThat(poll.tokenCost()).isEqualTo(status.tokenCost());
            assertThat(poll.fullPath()).endsWith("/convert/status/" + CONVERSION).doesNotContain("{");
        }
    }

    /** getLeads' archived list accepts every getLeads option except the ones it rejects with a reason. */
    @Test
    void archivedListCoversTheActiveListsOptions() {
        PipedriveLeadsOperation archived = PipedriveLeadsOperation.getLeads.row().archivedList();
        assertThat(archived).isEqualTo(PipedriveLeadsOperation.getArchivedLeads);
        Set<QueryOption> missing = EnumSet.copyOf(PipedriveLeadsOperation.getLeads.queryOptions());
        missing.removeAll(archived.queryOptions());
        assertThat(archived.row().rejectedOptions().keySet()).containsExactlyInAnyOrderElementsOf(missing);

        ApiRequest request = OperationRequest.of(PipedriveLeadsOperation.getLeads).query(QueryOption.LIMIT, 10)
                .toArchivedList().toApiRequest();
        assertThat(request.operation()).isEqualTo("getLeads");
        assertThat(request.fullPath()).isEqualTo("/api/v1/leads/archived");
        assertThat(request.tokenCost()).isEqualTo(40);
        assertThat(request.query()).containsExactly(Map.entry("limit", "10"));
    }

    /** The v1 search is a named variant: its own version, path, token cost and paging, read as searchLeads. */
    @Test
    void v1SearchIsAVariantRowWithItsOwnWireForm() {
        OperationRow.Variant variant = PipedriveLeadsOperation.searchLeads.row().variant();
        assertThat(variant).isNotNull();
        OperationRow v1 = variant.row();
        assertThat(v1.resultType()).as("a variant reads as its operation").isNull();
        assertThat(v1.body()).isNull();
        assertThat(v1.queryOptions()).contains(QueryOption.START).doesNotContain(QueryOption.CURSOR);
        assertThat(v1.rejectedOptions()).containsKey(QueryOption.CURSOR);

        PipedriveLeadsConfiguration configuration = new PipedriveLeadsConfiguration();
        configuration.setSearchApiVersion(SearchApiVersion.v1);
        ApiRequest request = OperationRequest.of(PipedriveLeadsOperation.searchLeads, configuration)
                .query(QueryOption.TERM, "acme").query(QueryOption.START, 40).toApiRequest();
        assertThat(request.fullPath()).isEqualTo("/api/v1/leads/search");
        assertThat(request.version()).isEqualTo(ApiVersion.V1);
        assertThat(request.tokenCost()).isEqualTo(40);
        assertThat(request.operation()).isEqualTo("searchLeads");
        assertThat(request.query()).containsEntry("start", "40");

        configuration.setSearchApiVersion(SearchApiVersion.v2);
        assertThat(OperationRequest.of(PipedriveLeadsOperation.searchLeads, configuration).wire())
                .isSameAs(PipedriveLeadsOperation.searchLeads.row());
    }

    /** The consumer's requests: what FeedQuery asks of the builder for a page of a lead list. */
    @Test
    void consumableOperationsListLeadsInKeyOrderWithTheirArchivedCounterpart() {
        for (PipedriveLeadsOperation op : PipedriveLeadsOperation.values()) {
            if (!op.isConsumable()) {
                continue;
            }
            assertThat(op.resultType()).isEqualTo(Lead.class);
            assertThat(op.queryOptions()).contains(QueryOption.LIMIT, QueryOption.START, QueryOption.SORT,
                    QueryOption.UPDATED_SINCE);
            assertThat(op.row().archivedList()).isNotNull();
        }
        ApiRequest page = OperationRequest.of(PipedriveLeadsOperation.getArchivedLeads).query(QueryOption.LIMIT, 500)
                .query(QueryOption.START, 0).query(QueryOption.SORT, "update_time desc")
                .query(QueryOption.OWNER_ID, 7L).toApiRequest();
        assertThat(page.pathAndQuery())
                .isEqualTo("/api/v1/leads/archived?limit=500&start=0&owner_id=7&sort=update_time%20DESC");
        assertThat(page.tokenCost()).isEqualTo(PipedriveLeadsOperation.getArchivedLeads.tokenCost());
    }

    @Test
    void theBuilderRefusesWhatTheRowDoesNotHave() {
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.getLeadLabels)
                .query(QueryOption.LIMIT, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.getArchivedLeads)
                .query(QueryOption.UPDATED_SINCE, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.getLead).toApiRequest())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.addLead).toApiRequest())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.getLead).body(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.getLead).path(PathParameter.ID, "../x"))
                .isInstanceOf(PipedriveValidationException.class);
        assertThatThrownBy(() -> OperationRequest.of(PipedriveLeadsOperation.searchLeads).toApiRequest())
                .isInstanceOf(PipedriveValidationException.class).hasMessageContaining("term");
    }

    @Test
    void convertLeadToDealBuildsItsBodyFromOptionsWhenThereIsNone() {
        PipedriveLeadsConfiguration configuration = new PipedriveLeadsConfiguration();
        configuration.setStageId(5L);
        Object body = PipedriveLeadsOperation.convertLeadToDeal.row().body().defaults().apply(configuration);
        assertThat(body).isInstanceOf(ConvertLeadRequest.class);
        assertThat(((ConvertLeadRequest) body).getStageId()).isEqualTo(5L);
        assertThat(((ConvertLeadRequest) body).getPipelineId()).isNull();
    }

    /**
     * Issue 11's done-when: no code outside the table tests for a particular operation. Counts comparisons against an
     * operation constant ({@code op == PipedriveLeadsOperation.x}, {@code this == x} in the table) in the main code.
     */
    @Test
    void noCodeOutsideTheTableComparesOperations() throws IOException {
        Path main = Path.of("src/main/java");
        Pattern comparison = Pattern.compile(
                "[!=]=\\s*PipedriveLeadsOperation\\.[a-z]|PipedriveLeadsOperation\\.[a-z]\\w*\\s*[!=]="
                + "|\\b(this|op|operation)\\s*[!=]=\\s*[a-z]\\w*\\b(?!\\s*\\()");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = comparison.matcher(lines.get(i));
                    if (m.find() && !lines.get(i).contains("null")) {
                        found.add(main.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as("operation checks in the main code").isEmpty();
    }
}
