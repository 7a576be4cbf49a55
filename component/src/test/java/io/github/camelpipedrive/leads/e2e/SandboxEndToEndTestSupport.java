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
