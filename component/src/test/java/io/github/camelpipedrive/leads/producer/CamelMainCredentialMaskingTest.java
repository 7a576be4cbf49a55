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

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.PipedriveLeadsEndpointUriFactory;
import org.apache.camel.main.Main;
import org.apache.camel.support.CamelContextHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials given to Camel Main as {@code camel.component.pipedrive-leads.*} properties: what Camel masks and what
 * it does not. Camel masks a property by its name, from a built-in list that has accessToken, clientSecret and
 * refreshToken but not apiToken; the component adds apiToken to the context's sensitive keywords, so the startup
 * summary (INFO) and the consoles mask it too. Camel Main's own DEBUG line {@code Configured property ...} prints
 * every value it binds (and {@code Properties from Camel properties component} every property it loaded), sensitive
 * or not: that is why the docs say to keep {@code org.apache.camel.main} below DEBUG.
 */
class CamelMainCredentialMaskingTest {

    static final String API_TOKEN = "apitoken-SECRET-4711";
    static final String ACCESS_TOKEN = "access-SECRET-4712";
    static final String CLIENT_SECRET = "client-SECRET-4713";
    static final String REFRESH_TOKEN = "refresh-SECRET-4714";
    static final String WEBHOOK_PASSWORD = "webhook-SECRET-4715";

    @TempDir
    Path dir;

    /** Camel Main reading the credentials from an application.properties file, as an application would. */
    private Main main() throws Exception {
        Path properties = dir.resolve("application.properties");
        Files.writeString(properties, String.join("\n",
                "camel.component.pipedrive-leads.api-token=" + API_TOKEN,
                "camel.component.pipedrive-leads.access-token=" + ACCESS_TOKEN,
                "camel.component.pipedrive-leads.client-id=app-1",
                "camel.component.pipedrive-leads.client-secret=" + CLIENT_SECRET,
                "camel.component.pipedrive-leads.refresh-token=" + REFRESH_TOKEN,
                "camel.component.pipedrive-leads.webhook-auth-password=" + WEBHOOK_PASSWORD,
                "camel.component.pipedrive-leads.base-url=http://127.0.0.1:9", ""));
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + properties);
        return main;
    }

    @Test
    void theInfoStartupSummaryMasksEveryCredentialOfTheComponent() throws Exception {
        Main main = main();
        try (LogCapture logs = LogCapture.of(Level.INFO, "org.apache.camel")) {
            main.start();
            try {
                assertThat(logs.text()).as("Camel Main's summary lists the component's properties")
                        .contains("Auto-configuration summary")
                        .containsPattern("camel.component.pipedrive-leads.apiToken = xxxxxx")
                        .containsPattern("camel.component.pipedrive-leads.refreshToken = xxxxxx")
                        .containsPattern("camel.component.pipedrive-leads.webhookAuthPassword = xxxxxx");
                assertThat(logs.text()).doesNotContain(API_TOKEN, ACCESS_TOKEN, CLIENT_SECRET, REFRESH_TOKEN,
                        WEBHOOK_PASSWORD);
                // the component's credentials are bound all the same
                PipedriveLeadsComponent component = main.getCamelContext().getComponent("pipedrive-leads",
                        PipedriveLeadsComponent.class);
                assertThat(component.getConfiguration().getApiToken()).isEqualTo(API_TOKEN);
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void everyCredentialOptionIsSensitiveToCamel() throws Exception {
        Main main = main();
        main.start();
        try {
            // every option the catalog marks secret, as written in properties (dashed) and as bound (camelCase)
            for (String option : new PipedriveLeadsEndpointUriFactory().secretPropertyNames()) {
                String dashed = option.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
                for (String name : new String[] { option, dashed }) {
                    assertThat(CamelContextHelper.containsSensitive(main.getCamelContext(),
                            "camel.component.pipedrive-leads." + name)).as(name).isTrue();
                }
            }
        } finally {
            main.stop();
        }
    }

    @Test
    void camelMainsOwnDebugLinesStillPrintTheValuesItBinds() throws Exception {
        // pinned so the docs stay true: if a Camel upgrade masks these lines, this test says so
        Main main = main();
        try (LogCapture logs = LogCapture.of(Level.DEBUG, "org.apache.camel.main")) {
            main.start();
            main.stop();
            assertThat(logs.text()).contains("Configured property: camel.component.pipedrive-leads.apiToken="
                                             + API_TOKEN);
            assertThat(logs.text()).as("even keys on Camel's own sensitive list")
                    .contains("Configured property: camel.component.pipedrive-leads.refreshToken=" + REFRESH_TOKEN);
        }
    }
}
