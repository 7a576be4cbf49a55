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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelpipedrive.leads.exception.PipedriveIntakeException;
import io.github.camelpipedrive.leads.model.AddLeadNoteRequest;
import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.model.Note;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.Person;
import io.github.camelpipedrive.leads.model.PersonRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.CREATED_ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.CREATED_PERSON_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.FOUND_ORGANIZATION_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.FOUND_PERSON_ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.ID;
import static io.github.camelpipedrive.leads.PipedriveLeadsConstants.LINKED_PERSON_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire sequence of the lead intake (addLead with a person and/or organization to find or create), of the
 * stand-alone find-or-create operations and of the lead notes: which requests go out, in which order, with which
 * query and body, and what the result headers say; plus the failure cases (several matches, a search failing
 * midway, a create that must not be repeated) and the validation that keeps bad input off the wire.
 */
class LeadIntakeWireTest extends WireMockTestSupport {

    static final String EMAIL = "jane@acme.test";
    static final String PHONE = "+49 30 1234567";

    // ---------------------------------------------------------------- fixtures

    static String searchItems(String... items) {
        return "{\"success\":true,\"data\":{\"items\":[" + String.join(",", items)
               + "]},\"additional_data\":{\"next_cursor\":null}}";
    }

    static String personItem(long id, String email, Long organizationId) {
        return "{\"result_score\":1.0,\"item\":{\"id\":" + id + ",\"type\":\"person\",\"name\":\"Jane Doe\","
               + "\"emails\":[\"" + email + "\"],\"phones\":[],\"organization\":"
               + (organizationId == null ? "null" : "{\"id\":" + organizationId + ",\"name\":\"Acme\"}") + "}}";
    }

    static String organizationItem(long id, String name) {
        return "{\"result_score\":1.0,\"item\":{\"id\":" + id + ",\"type\":\"organization\",\"name\":\"" + name
               + "\",\"address\":\"Main St 1\"}}";
    }

    static void stubPersonSearch(String field, String answer) {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/persons/search")).withQueryParam("fields", equalTo(field))
                .willReturn(json(200, answer)));
    }

    static void stubOrganizationSearch(String answer) {
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/organizations/search")).willReturn(json(200, answer)));
    }

    static void stubCreatedPerson(long id) {
        stub(post(urlPathEqualTo("/api/v2/persons")), 200, success("{\"id\":" + id + ",\"name\":\"Jane Doe\"}"));
    }

    static void stubCreatedOrganization(long id) {
        stub(post(urlPathEqualTo("/api/v2/organizations")), 200, success("{\"id\":" + id + ",\"name\":\"Acme\"}"));
    }

    static void stubLead() {
        stub(post(urlPathEqualTo("/api/v1/leads")), 201, success(leadJson(LEAD_ID)));
    }

    static Map<String, Object> intakeBody(boolean withPerson, boolean withOrganization) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Website enquiry");
        if (withPerson) {
            body.put("person", Map.of("name", "Jane Doe", "emails", List.of(EMAIL), "phones", List.of(PHONE)));
        }
        if (withOrganization) {
            body.put("organization", Map.of("name", "Acme", "address", "Main St 1"));
        }
        return body;
    }

    /** The requests of the test as "METHOD path?query", in order. */
    static List<String> wire() {
        List<String> lines = new ArrayList<>();
        for (LoggedRequest r : requests()) {
            assertAuthenticatedWithApiToken(r);
            lines.add(r.getMethod() + " " + r.getUrl());
        }
        return lines;
    }

    static LoggedRequest request(String method, String path) {
        return requests().stream().filter(r -> r.getMethod().getName().equals(method)
                                               && r.getUrl().startsWith(path)).findFirst().orElseThrow();
    }

    static final String SEARCH_EMAIL = "GET /api/v2/persons/search?limit=100&term=jane%40acme.test&exact_match=true"
                                       + "&fields=email";
    static final String SEARCH_PHONE = "GET /api/v2/persons/search?limit=100&term=%2B49%2030%201234567"
                                       + "&exact_match=true&fields=phone";
    static final String SEARCH_ORG = "GET /api/v2/organizations/search?limit=100&term=Acme&exact_match=true"
                                     + "&fields=name";

    // ---------------------------------------------------------------- intake: found / created

    @Test
    void personFoundByEmailIsLinkedWithoutCreatingAnything() {
        stubPersonSearch("email", searchItems(personItem(501, EMAIL, null)));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(wire()).containsExactly(SEARCH_EMAIL, "POST /api/v1/leads");
        JsonAssert lead = new JsonAssert(jsonBody(request("POST", "/api/v1/leads")));
        lead.has("person_id", 501).lacks("person").lacks("organization").lacks("organization_id");
        Message out = exchange.getMessage();
        assertThat(out.getBody()).isInstanceOf(Lead.class);
        assertThat(out.getHeader(FOUND_PERSON_ID)).isEqualTo(501L);
        assertThat(out.getHeaders()).doesNotContainKeys(CREATED_PERSON_ID, CREATED_ORGANIZATION_ID, LINKED_PERSON_ID);
    }

    @Test
    void personFoundByPhoneWhenNoEmailMatches() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems("{\"result_score\":1,\"item\":{\"id\":502,\"name\":\"Jane\","
                                              + "\"emails\":[],\"phones\":[\"+49301234567\"]}}"));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(wire()).containsExactly(SEARCH_EMAIL, SEARCH_PHONE, "POST /api/v1/leads");
        assertThat(exchange.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(502L);
    }

    @Test
    void personCreatedWhenNothingMatches() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(wire()).containsExactly(SEARCH_EMAIL, SEARCH_PHONE, "POST /api/v2/persons", "POST /api/v1/leads");
        assertThat(jsonBody(request("POST", "/api/v2/persons"))).isEqualTo(tree(
                "{\"name\":\"Jane Doe\",\"emails\":[{\"value\":\"jane@acme.test\",\"primary\":true,\"label\":\"work\"}],"
                + "\"phones\":[{\"value\":\"+49 30 1234567\",\"primary\":true,\"label\":\"work\"}]}"));
        new JsonAssert(jsonBody(request("POST", "/api/v1/leads"))).has("person_id", 601).lacks("person");
        assertThat(exchange.getMessage().getHeader(CREATED_PERSON_ID)).isEqualTo(601L);
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(FOUND_PERSON_ID);
    }

    @Test
    void organizationCreatedFirstSoThatTheNewPersonBelongsToIt() {
        stubOrganizationSearch(searchItems());
        stubCreatedOrganization(701);
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, true));

        assertThat(wire()).containsExactly(SEARCH_ORG, "POST /api/v2/organizations", SEARCH_EMAIL, SEARCH_PHONE,
                "POST /api/v2/persons", "POST /api/v1/leads");
        assertThat(jsonBody(request("POST", "/api/v2/organizations")))
                .isEqualTo(tree("{\"name\":\"Acme\",\"address\":{\"value\":\"Main St 1\"}}"));
        new JsonAssert(jsonBody(request("POST", "/api/v2/persons"))).has("org_id", 701);
        new JsonAssert(jsonBody(request("POST", "/api/v1/leads"))).has("person_id", 601).has("organization_id", 701);
        Message out = exchange.getMessage();
        assertThat(out.getHeader(CREATED_ORGANIZATION_ID)).isEqualTo(701L);
        assertThat(out.getHeader(CREATED_PERSON_ID)).isEqualTo(601L);
    }

    @Test
    void foundPersonWithoutOrganizationIsLinkedToTheFoundOrganization() {
        stubOrganizationSearch(searchItems(organizationItem(702, "Acme")));
        stubPersonSearch("email", searchItems(personItem(501, EMAIL, null)));
        stub(patch(urlPathEqualTo("/api/v2/persons/501")), 200, success("{\"id\":501,\"org_id\":702}"));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, true));

        assertThat(wire()).containsExactly(SEARCH_ORG, SEARCH_EMAIL, "PATCH /api/v2/persons/501",
                "POST /api/v1/leads");
        assertThat(jsonBody(request("PATCH", "/api/v2/persons/501"))).isEqualTo(tree("{\"org_id\":702}"));
        new JsonAssert(jsonBody(request("POST", "/api/v1/leads"))).has("person_id", 501).has("organization_id", 702);
        Message out = exchange.getMessage();
        assertThat(out.getHeader(FOUND_ORGANIZATION_ID)).isEqualTo(702L);
        assertThat(out.getHeader(FOUND_PERSON_ID)).isEqualTo(501L);
        assertThat(out.getHeader(LINKED_PERSON_ID)).isEqualTo(501L);
    }

    @Test
    void foundPersonOfAnotherOrganizationIsNotMoved() {
        stubOrganizationSearch(searchItems(organizationItem(702, "Acme")));
        stubPersonSearch("email", searchItems(personItem(501, EMAIL, 999L)));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, true));

        assertThat(wire()).containsExactly(SEARCH_ORG, SEARCH_EMAIL, "POST /api/v1/leads");
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(LINKED_PERSON_ID);
    }

    @Test
    void idsGivenMeanNoSearchAtAll() {
        stubLead();

        call("pipedrive-leads:addLead", Map.of("title", "Known", "person_id", 5, "organization_id", 6));

        assertThat(wire()).containsExactly("POST /api/v1/leads");
    }

    @Test
    void typedBodyWithPersonAndOrganizationIsResolvedToo() {
        stubOrganizationSearch(searchItems(organizationItem(702, "Acme")));
        stubPersonSearch("email", searchItems(personItem(501, EMAIL, 702L)));
        stubLead();

        AddLeadRequest body = new AddLeadRequest("Typed").person(new PersonRequest("Jane Doe").email(EMAIL))
                .organization(new OrganizationRequest("Acme"));
        call("pipedrive-leads:addLead", body);

        assertThat(wire()).containsExactly(SEARCH_ORG, SEARCH_EMAIL, "POST /api/v1/leads");
    }

    // ---------------------------------------------------------------- several matches

    @Test
    void severalMatchesTakeTheFirstByDefault() {
        stubPersonSearch("email", searchItems(personItem(510, EMAIL, null), personItem(530, EMAIL, null)));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(exchange.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(510L);
        new JsonAssert(jsonBody(request("POST", "/api/v1/leads"))).has("person_id", 510);
    }

    @Test
    void severalMatchesTakeTheNewestWhenAsked() {
        stubPersonSearch("email", searchItems(personItem(510, EMAIL, null), personItem(530, EMAIL, null),
                personItem(520, EMAIL, null)));
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead?multipleMatches=newest", intakeBody(true, false));

        assertThat(exchange.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(530L);
        new JsonAssert(jsonBody(request("POST", "/api/v1/leads"))).has("person_id", 530);
    }

    @Test
    void severalMatchesFailWhenAskedAndNothingIsCreated() {
        stubPersonSearch("email", searchItems(personItem(510, EMAIL, null), personItem(530, EMAIL, null)));

        Exchange exchange = send("pipedrive-leads:addLead?multipleMatches=fail", intakeBody(true, false));

        assertThat(exchange.getException()).isInstanceOf(PipedriveIntakeException.class)
                .hasMessageContaining("2 persons match the email given (ids 510, 530)")
                .hasMessageContaining("nothing was created").hasMessageNotContaining(EMAIL);
        assertThat(wire()).containsExactly(SEARCH_EMAIL);
    }

    @Test
    void aResultThatDoesNotShowTheSearchedValueIsNotAMatch() {
        stubPersonSearch("email", searchItems(personItem(510, "other@acme.test", null)));
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stubLead();

        Exchange exchange = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(exchange.getMessage().getHeader(CREATED_PERSON_ID)).isEqualTo(601L);
    }

    @Test
    void createMissingContactsFalseFailsWithoutCreating() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());

        Exchange exchange = send("pipedrive-leads:addLead?createMissingContacts=false", intakeBody(true, false));

        assertThat(exchange.getException()).isInstanceOf(PipedriveIntakeException.class)
                .hasMessageContaining("No person matches body.person");
        assertThat(wire()).containsExactly(SEARCH_EMAIL, SEARCH_PHONE);
    }

    @Test
    void matchFieldsChooseWhatIsSearched() {
        stubPersonSearch("phone", searchItems("{\"result_score\":1,\"item\":{\"id\":502,\"name\":\"Jane\"}}"));
        stubLead();

        call("pipedrive-leads:addLead?personMatchFields=phone", intakeBody(true, false));

        assertThat(wire()).containsExactly(SEARCH_PHONE, "POST /api/v1/leads");
    }

    @Test
    void searchContactsFalseCreatesWithoutSearching() {
        stubCreatedOrganization(701);
        stubCreatedPerson(601);
        stubLead();

        call("pipedrive-leads:addLead?searchContacts=false", intakeBody(true, true));

        assertThat(wire()).containsExactly("POST /api/v2/organizations", "POST /api/v2/persons",
                "POST /api/v1/leads");
    }

    // ---------------------------------------------------------------- failures midway, retries, concurrency

    @Test
    void searchFailingMidwayCreatesNoLeadAndReportsTheOrganizationItCreated() {
        stubOrganizationSearch(searchItems());
        stubCreatedOrganization(701);
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/persons/search"))
                .willReturn(json(500, "{\"success\":false,\"error\":\"boom\"}")));

        Exchange exchange = send("pipedrive-leads:addLead", intakeBody(true, true));

        assertThat(exchange.getException()).isInstanceOf(PipedriveIntakeException.class)
                .hasMessageContaining("failed at the person after creating organization 701");
        PipedriveIntakeException e = (PipedriveIntakeException) exchange.getException();
        assertThat(e.getCreatedOrganizationId()).isEqualTo(701L);
        assertThat(e.getCreatedPersonId()).isNull();
        assertThat(exchange.getMessage().getHeader(CREATED_ORGANIZATION_ID)).isEqualTo(701L);
        assertThat(wire()).containsExactly(SEARCH_ORG, "POST /api/v2/organizations", SEARCH_EMAIL);
    }

    @Test
    void leadFailingAfterThePersonWasCreatedReportsThePerson() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stub(post(urlPathEqualTo("/api/v1/leads")), 400, "{\"success\":false,\"error\":\"bad\"}");

        Exchange exchange = send("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(exchange.getException()).isInstanceOf(PipedriveIntakeException.class)
                .hasMessageContaining("failed at the lead after creating person 601");
        assertThat(((PipedriveIntakeException) exchange.getException()).getCreatedPersonId()).isEqualTo(601L);
        assertThat(exchange.getMessage().getHeader(CREATED_PERSON_ID)).isEqualTo(601L);
    }

    @Test
    void aCreateIsNeverRepeatedAfterAnIoErrorAndTheRetriedIntakeSearchesFirst() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        wireMock.stubFor(post(urlPathEqualTo("/api/v2/persons"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange failed = send("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(failed.getException()).isInstanceOf(PipedriveIntakeException.class);
        assertThat(wire()).containsExactly(SEARCH_EMAIL, SEARCH_PHONE, "POST /api/v2/persons");

        // the person was created after all: the route's retry finds it instead of creating a second one
        wireMock.resetAll();
        stubPersonSearch("email", searchItems(personItem(601, EMAIL, null)));
        stubLead();
        Exchange retried = call("pipedrive-leads:addLead", intakeBody(true, false));
        assertThat(retried.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(601L);
        assertThat(wire()).containsExactly(SEARCH_EMAIL, "POST /api/v1/leads");
    }

    @Test
    void aPersonCreatedMomentsAgoIsReusedEvenBeforeTheSearchIndexShowsIt() {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stubLead();

        call("pipedrive-leads:addLead", intakeBody(true, false));
        Exchange second = call("pipedrive-leads:addLead", intakeBody(true, false));

        assertThat(wire()).containsExactly(SEARCH_EMAIL, SEARCH_PHONE, "POST /api/v2/persons", "POST /api/v1/leads",
                "POST /api/v1/leads");
        assertThat(second.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(601L);
    }

    @Test
    void concurrentIntakesOfOneEmailCreateOnePerson() throws Exception {
        stubPersonSearch("email", searchItems());
        stubPersonSearch("phone", searchItems());
        stubCreatedPerson(601);
        stubLead();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                // the same person written differently: case and spaces are normalised away
                Map<String, Object> body = intakeBody(false, false);
                body.put("person", Map.of("name", "Jane", "emails", List.of(i % 2 == 0 ? EMAIL : " JANE@acme.TEST ")));
                Callable<Exchange> task = () -> {
                    start.await();
                    return send("pipedrive-leads:addLead?personMatchFields=email", body);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Exchange> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wire().stream().filter(l -> l.equals("POST /api/v2/persons"))).hasSize(1);
        assertThat(wire().stream().filter(l -> l.equals("POST /api/v1/leads"))).hasSize(threads);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void personWithoutNameIsRejected() {
        Map<String, Object> body = Map.of("title", "x", "person", Map.of("emails", List.of(EMAIL)));
        assertRejected(send("pipedrive-leads:addLead", body), "body.person.name", "is required");
    }

    @Test
    void emailThatIsNotAStringIsRejected() {
        Map<String, Object> body = Map.of("title", "x", "person", Map.of("name", "Jane", "emails", List.of(42)));
        Exchange exchange = send("pipedrive-leads:addLead", body);
        assertThat(exchange.getException().getMessage()).contains("body.person.emails").contains("must be a string");
        assertNoRequestSent();
    }

    @Test
    void malformedEmailIsRejected() {
        Map<String, Object> body = Map.of("title", "x", "person", Map.of("name", "Jane", "emails", List.of("jane")));
        assertRejected(send("pipedrive-leads:addLead", body), "body.person.emails[0]", "e-mail address");
    }

    @Test
    void personTogetherWithPersonIdIsRejected() {
        Map<String, Object> body = Map.of("title", "x", "person_id", 5, "person", Map.of("name", "Jane"));
        assertRejected(send("pipedrive-leads:addLead", body), "body.person", "not both");
    }

    @Test
    void unknownPersonPropertyIsRejectedNotDropped() {
        Map<String, Object> body = Map.of("title", "x", "person", Map.of("name", "Jane", "email", EMAIL));
        Exchange exchange = send("pipedrive-leads:addLead", body);
        assertThat(exchange.getException().getMessage()).contains("body.person")
                .contains("unknown property 'email'").contains("emails");
        assertNoRequestSent();
    }

    @Test
    void organizationWithoutNameIsRejected() {
        Map<String, Object> body = Map.of("title", "x", "organization", Map.of("address", "Main St"));
        assertRejected(send("pipedrive-leads:addLead", body), "body.organization.name", "is required");
    }

    @Test
    void unknownMatchFieldIsRejected() {
        Exchange exchange = send("pipedrive-leads:addLead?personMatchFields=email,fax", intakeBody(true, false));
        assertThat(exchange.getException()).hasMessageContaining("personMatchFields").hasMessageContaining("fax");
        assertNoRequestSent();
    }

    // ---------------------------------------------------------------- stand-alone operations

    @Test
    void findOrCreatePersonAnswersTheFoundPerson() {
        stubPersonSearch("email", searchItems(personItem(501, EMAIL, 702L)));

        Exchange exchange = call("pipedrive-leads:findOrCreatePerson", new PersonRequest("Jane Doe").email(EMAIL));

        assertThat(wire()).containsExactly(SEARCH_EMAIL);
        Person person = exchange.getMessage().getBody(Person.class);
        assertThat(person.getId()).isEqualTo(501L);
        assertThat(person.getOrgId()).isEqualTo(702L);
        assertThat(person.getEmails()).extracting(d -> d.getValue()).containsExactly(EMAIL);
        assertThat(exchange.getMessage().getHeader(FOUND_PERSON_ID)).isEqualTo(501L);
    }

    @Test
    void findOrCreateOrganizationCreatesAMissingOne() {
        stubOrganizationSearch(searchItems());
        stubCreatedOrganization(701);

        Exchange exchange = call("pipedrive-leads:findOrCreateOrganization", Map.of("name", "Acme"));

        assertThat(wire()).containsExactly(SEARCH_ORG, "POST /api/v2/organizations");
        assertThat(exchange.getMessage().getHeader(CREATED_ORGANIZATION_ID)).isEqualTo(701L);
    }

    @Test
    void findOrCreateWithoutCreateAnswersAnEmptyBody() {
        stubOrganizationSearch(searchItems());

        Exchange exchange = call("pipedrive-leads:findOrCreateOrganization?createMissingContacts=false",
                Map.of("name", "Acme"));

        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(wire()).containsExactly(SEARCH_ORG);
    }

    @Test
    void addLeadNoteSendsTheLeadIdFromTheHeaderAndThePin() {
        stub(post(urlPathEqualTo("/api/v1/notes")), 200, success("{\"id\":91,\"content\":\"Hi\",\"lead_id\":\""
                                                                 + LEAD_ID + "\",\"pinned_to_lead_flag\":true}"));

        Exchange exchange = call("pipedrive-leads:addLeadNote?pinnedToLead=true", Map.of("content", "Hi"),
                Map.of(ID, LEAD_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/notes");
        assertThat(jsonBody(request))
                .isEqualTo(tree("{\"content\":\"Hi\",\"lead_id\":\"" + LEAD_ID + "\",\"pinned_to_lead_flag\":1}"));
        Note note = exchange.getMessage().getBody(Note.class);
        assertThat(note.getId()).isEqualTo(91L);
        assertThat(note.getPinnedToLeadFlag()).isTrue();
    }

    @Test
    void addLeadNoteWithoutLeadIsRejected() {
        assertRejected(send("pipedrive-leads:addLeadNote", new AddLeadNoteRequest("Hi")), "body.lead_id",
                "is required");
    }

    @Test
    void getLeadNotesListsTheLeadsNotesPaged() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/notes")).willReturn(json(200, list(
                "[{\"id\":1,\"content\":\"a\",\"lead_id\":\"" + LEAD_ID + "\"}]",
                "{\"pagination\":{\"start\":0,\"limit\":1,\"more_items_in_collection\":false}}"))));

        Exchange exchange = call("pipedrive-leads:getLeadNotes?limit=1&pinnedToLead=false", null,
                Map.of(ID, LEAD_ID));

        assertThat(onlyRequest().getUrl())
                .isEqualTo("/api/v1/notes?limit=1&lead_id=" + LEAD_ID + "&pinned_to_lead_flag=0");
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(1);
    }

    @Test
    void getLeadNotesNeedsALead() {
        assertRejected(send("pipedrive-leads:getLeadNotes", null), "id", "is required for getLeadNotes");
    }

    /** Small fluent checks on a JSON object body. */
    record JsonAssert(com.fasterxml.jackson.databind.JsonNode node) {
        JsonAssert has(String field, long value) {
            assertThat(node.path(field).asLong()).as(field).isEqualTo(value);
            return this;
        }

        JsonAssert lacks(String field) {
            assertThat(node.has(field)).as("has " + field).isFalse();
            return this;
        }
    }

    /** The JSON text as a tree, so that bodies compare by content and not by key order. */
    private static JsonNode tree(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
