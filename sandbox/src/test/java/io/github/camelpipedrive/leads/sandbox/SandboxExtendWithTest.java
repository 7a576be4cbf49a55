package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PipedriveSandboxExtension.class)
class SandboxExtendWithTest {

    private static PipedriveSandbox fromBeforeAll;

    @BeforeAll
    static void capture(PipedriveSandbox sandbox) {
        fromBeforeAll = sandbox;
    }

    @Test
    void injectsADefaultRunningSandbox(PipedriveSandbox sandbox) {
        assertThat(sandbox).isSameAs(fromBeforeAll);
        assertThat(sandbox.baseUrl()).isNotNull();
        SandboxHttp.Resp resp = new SandboxHttp(sandbox.baseUrl(), sandbox.apiToken()).get("/api/v1/leads");
        assertThat(resp.status).isEqualTo(200);
        assertThat(resp.json().get("data")).isEmpty();
    }
}
