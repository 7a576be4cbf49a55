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
package io.github.camelpipedrive.leads.examples.yaml;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import org.apache.camel.main.Main;

/**
 * Runs the YAML routes with Camel Main. Without {@code PIPEDRIVE_API_TOKEN} (and without {@code PIPEDRIVE_BASE_URL})
 * it first starts the embedded sandbox and points the component at it.
 */
public final class YamlLeadFeedApp {

    private YamlLeadFeedApp() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (PipedriveSandbox sandbox = sandboxUnlessConfigured(main, System.getenv(), System.out)) {
            main.run(args);
        }
    }

    /**
     * Starts the sandbox and overrides the component's base-url and api-token, unless the environment names a real
     * Pipedrive (or another base URL).
     *
     * @return the started sandbox, or null
     */
    public static PipedriveSandbox sandboxUnlessConfigured(Main main, Map<String, String> env, PrintStream out) {
        if (isSet(env.get("PIPEDRIVE_API_TOKEN")) || isSet(env.get("PIPEDRIVE_BASE_URL"))) {
            return null;
        }
        PipedriveSandbox sandbox = PipedriveSandbox.builder().build();
        String baseUrl = sandbox.start();
        main.addOverrideProperty("camel.component.pipedrive-leads.base-url", baseUrl);
        main.addOverrideProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
        // the sandbox starts empty: a cursor saved by an earlier run belongs to another sandbox
        main.addOverrideProperty("leadfeed.state-file", freshStateFile());
        out.println("Using the embedded Pipedrive sandbox at " + baseUrl);
        return sandbox;
    }

    private static String freshStateFile() {
        try {
            return Files.createTempDirectory("lead-feed-yaml").resolve("pipedrive-leads-state.json").toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the sandbox's cursor", e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
