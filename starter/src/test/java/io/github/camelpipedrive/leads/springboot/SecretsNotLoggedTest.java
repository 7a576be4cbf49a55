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
package io.github.camelpipedrive.leads.springboot;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** With every logger at TRACE, binding and applying the credentials writes none of them to the log. */
class SecretsNotLoggedTest {

    private static final List<String> SECRETS = List.of("ApiTok3n-secret", "Acc3ss-secret", "Cl1ent-secret",
            "Refr3sh-secret", "Pr0xyPass-secret", "Pr0xyUser-secret");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    PipedriveLeadsComponentAutoConfiguration.class));

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        // the console would get megabytes of TRACE; only the capture listens while the test runs
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        detached.forEach(root::addAppender);
    }

    @Test
    void credentialsAreAppliedButNeverLogged() {
        runner.withPropertyValues(
                "camel.component.pipedrive-leads.api-token=" + SECRETS.get(0),
                "camel.component.pipedrive-leads.access-token=" + SECRETS.get(1),
                "camel.component.pipedrive-leads.client-id=app-1",
                "camel.component.pipedrive-leads.client-secret=" + SECRETS.get(2),
                "camel.component.pipedrive-leads.refresh-token=" + SECRETS.get(3),
                "camel.component.pipedrive-leads.proxy-auth-password=" + SECRETS.get(4),
                "camel.component.pipedrive-leads.proxy-auth-username=" + SECRETS.get(5),
                "camel.component.pipedrive-leads.base-url=http://localhost:1")
            .run(context -> {
                assertThat(context).hasNotFailed();
                CamelContext camel = context.getBean(CamelContext.class);
                PipedriveLeadsComponent component = camel.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
                assertThat(component.getConfiguration().getApiToken()).isEqualTo(SECRETS.get(0));
                assertThat(component.getConfiguration().getProxyAuthUsername()).isEqualTo(SECRETS.get(5));
                camel.getEndpoint("pipedrive-leads:getLeads");
                assertThat(context.getBean(PipedriveLeadsComponentConfiguration.class).toString())
                        .doesNotContain(SECRETS);
            });
        // a misspelled credential key fails the start without showing the value
        runner.withPropertyValues("camel.component.pipedrive-leads.client-secrett=" + SECRETS.get(2))
            .run(context -> assertThat(context).hasFailed());

        // the capture saw Camel and Spring at their finest levels, so a leak would have been seen
        assertThat(captured.list).as("Camel TRACE/DEBUG events").anyMatch(event -> event.getLoggerName()
                .startsWith("org.apache.camel") && event.getLevel().toInt() <= Level.DEBUG_INT);
        assertThat(captured.list).as("Spring TRACE events").anyMatch(event -> event.getLoggerName()
                .startsWith("org.springframework") && event.getLevel() == Level.TRACE);
        for (ILoggingEvent event : captured.list) {
            assertThat(text(event)).as("log event of %s", event.getLoggerName()).doesNotContain(SECRETS);
        }
    }

    private static String text(ILoggingEvent event) {
        StringBuilder out = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            out.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return out.toString();
    }
}
