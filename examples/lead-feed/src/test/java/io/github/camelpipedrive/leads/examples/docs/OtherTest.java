package io.github.camelpipedrive.leads.examples.docs;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// docs/sandbox.md, "As a JUnit 5 extension", the parameter-injection form (verbatim)
@ExtendWith(PipedriveSandboxExtension.class)
class OtherTest {
    @Test
    void works(PipedriveSandbox sandbox) {
        String baseUrl = sandbox.baseUrl();
    }
}
