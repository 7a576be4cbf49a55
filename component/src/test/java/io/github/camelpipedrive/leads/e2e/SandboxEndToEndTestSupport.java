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
package io.github.camelpipedrive.leads.e2e;

import java.util.HashMap;
import java.util.Map;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * End-to-end tests against the sandbox of the subclass: the component points at it with its token, and
 * {@link #call} sends one exchange and fails the test on an exception.
 */
abstract class SandboxEndToEndTestSupport extends CamelTestSupport {

    /** The sandbox of the test class (a static {@code @RegisterExtension} field). */
    abstract PipedriveSandboxExtension sandbox();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox().baseUrl());
        component.getConfiguration().setApiToken(sandbox().apiToken());
        return context;
    }

    /** Sends to {@code pipedrive-leads:<uri>} and returns the exchange, which must not have failed. */
    Exchange call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request("pipedrive-leads:" + uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        if (exchange.getException() != null) {
            throw new AssertionError(uri + " failed", exchange.getException());
        }
        return exchange;
    }
}
