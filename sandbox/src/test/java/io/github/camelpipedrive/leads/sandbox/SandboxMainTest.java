package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void startsFromCommandLineOptionsAndPrintsTheListeningLine() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try (PipedriveSandbox sandbox = PipedriveSandboxMain.start(new String[] {"--port", "0", "--token", "cli-token",
            "--leads", "7", "--plan", "lite", "--daily-budget", "500", "--pagination", "NESTED"}, out)) {
            String printed = captured.toString(StandardCharsets.UTF_8);
            assertThat(printed).isEqualTo("Pipedrive Leads sandbox listening on " + sandbox.baseUrl()
                    + System.lineSeparator());
            assertThat(printed.lines()).hasSize(1);

            SandboxHttp.Resp resp = new SandboxHttp(sandbox.baseUrl(), "cli-token").get("/api/v1/leads?limit=5");
            assertThat(resp.status).isEqualTo(200);
            assertThat(resp.json().at("/additional_data/pagination/next_start").asInt()).isEqualTo(5);
            assertThat(resp.header("x-ratelimit-limit")).isEqualTo("20");
            assertThat(resp.header("x-daily-ratelimit-token-remaining")).isEqualTo("480");
            assertThat(sandbox.activeLeadCount()).isEqualTo(7);
        }
    }

    @Test
    void rejectsUnknownOptions() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--colour", "red"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PipedriveSandboxMain.start(new String[] {"--leads", "many"}, out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
