package io.github.camelpipedrive.leads.examples.docs;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// docs/sandbox.md, "As a JUnit 5 extension" (verbatim, so that the sample compiles and runs)
class MyRouteTest {
    @RegisterExtension
    static PipedriveSandboxExtension sandbox =
            new PipedriveSandboxExtension(PipedriveSandbox.builder().seedLeads(5));

    @Test
    void polls() {
        String url = sandbox.baseUrl() + "/api/v1/leads";   // token: sandbox.apiToken()
        PipedriveSandbox sb = sandbox.get();                 // mutation/fault API
    }
}
