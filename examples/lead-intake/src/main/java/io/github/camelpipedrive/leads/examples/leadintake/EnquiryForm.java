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
package io.github.camelpipedrive.leads.examples.leadintake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelpipedrive.leads.model.AddLeadRequest;
import io.github.camelpipedrive.leads.model.OrganizationRequest;
import io.github.camelpipedrive.leads.model.PersonRequest;
import org.apache.camel.Message;

/**
 * The website's enquiry form: name, email, phone, company, address, message. Read from the posted form
 * ({@code application/x-www-form-urlencoded}, as a browser sends it) and turned into a lead intake: the lead with its
 * person and organization; the message becomes the lead's note.
 */
public record EnquiryForm(String name, String email, String phone, String company, String address, String message) {

    /** Reads the form fields from the request body (URL-encoded), or from the message headers. */
    public static EnquiryForm from(Message message) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = message.getBody(String.class);
        if (body != null && !body.isBlank()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        for (String name : new String[] { "name", "email", "phone", "company", "address", "message" }) {
            Object header = message.getHeader(name);
            if (!fields.containsKey(name) && header != null) {
                fields.put(name, header.toString());
            }
        }
        return new EnquiryForm(fields.get("name"), fields.get("email"), fields.get("phone"), fields.get("company"),
                fields.get("address"), fields.get("message"));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * The lead intake: the component validates it (a missing name or a malformed e-mail address is refused before
     * anything is sent), finds or creates the person and the organization, then creates the lead.
     */
    public AddLeadRequest toIntake() {
        AddLeadRequest lead = new AddLeadRequest("Website enquiry from " + (isBlank(company) ? name : company));
        PersonRequest person = new PersonRequest(name);
        if (!isBlank(email)) {
            person.email(email);
        }
        if (!isBlank(phone)) {
            person.phone(phone);
        }
        lead.person(person);
        if (!isBlank(company)) {
            lead.organization(new OrganizationRequest(company).address(isBlank(address) ? null : address));
        }
        return lead;
    }

    /** The note of the lead: the visitor's message. */
    public String note() {
        return isBlank(message) ? "(no message)" : message;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
