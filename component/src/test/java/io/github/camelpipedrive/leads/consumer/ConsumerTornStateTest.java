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
package io.github.camelpipedrive.leads.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelpipedrive.leads.PipedriveLeadsComponent;
import io.github.camelpipedrive.leads.exception.PipedriveStateException;
import io.github.camelpipedrive.leads.model.Lead;
import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.CrashSafeFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cursor file torn by a kill -9. Camel's FileStateRepository appends each save as several writes, so a crash can
 * leave the last line cut after the key, after the '=' or before the newline. The consumer must then fail loudly,
 * naming the key and the file, and never restart from startFrom (with the default {@code now} that skips every lead
 * created while it was down). The crash-safe store never tears: a save cut short leaves only a temporary file, which
 * is ignored, and the consumer continues from the last complete cursor.
 */
class ConsumerTornStateTest {

    private static final String KEY = "pipedrive-leads/new";

    @TempDir
    Path dir;

    private PipedriveSandbox sandbox;
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> contexts = new ArrayList<>();

    @BeforeEach
    void startSandbox() {
        sandbox = PipedriveSandbox.builder().build();
        sandbox.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        for (CamelContext context : contexts) {
            context.close();
        }
        sandbox.close();
    }

    @Test
    void aFileStateRepositoryLineCutAfterTheKeyFailsTheStartNamingKeyAndFile() throws Exception {
        Path file = dir.resolve("cursor.dat");
        deliverThreeThenStop(FileStateRepository.fileStateRepository(file.toFile()));
        append(file, KEY);
        List<String> whileDown = createLeads(2);

        assertThat(startFailure(FileStateRepository.fileStateRepository(file.toFile())))
                .hasMessageContaining("'" + KEY + "'").hasMessageContaining(file.toString())
                .hasMessageContaining("startFrom");
        assertThat(delivered).doesNotContainAnyElementsOf(whileDown);
    }

    @Test
    void aFileStateRepositoryLineCutAfterTheSeparatorFailsTheStartInsteadOfRestartingFromNow() throws Exception {
        Path file = dir.resolve("cursor.dat");
        deliverThreeThenStop(FileStateRepository.fileStateRepository(file.toFile()));
        append(file, KEY + "=");
        List<String> whileDown = createLeads(2);

        assertThat(startFailure(FileStateRepository.fileStateRepository(file.toFile())))
                .hasMessageContaining("'" + KEY + "'").hasMessageContaining(file.toString())
                .hasMessageContaining("blank");
        assertThat(delivered).hasSize(3).doesNotContainAnyElementsOf(whileDown);
        assertThat(Files.readString(file)).as("no 'now' cursor was written over the damage").endsWith(KEY + "=");
    }

    /**
     * Cut before the newline, the last value is complete and the restart continues correctly; but the next save is
     * appended to that same line, so a crash right after it leaves a garbled last value, which must fail loudly too.
     */
    @Test
    void aFileStateRepositoryLineCutBeforeTheNewlineGarblesTheNextSaveWhichFailsLoudly() throws Exception {
        Path file = dir.resolve("cursor.dat");
        deliverThreeThenStop(FileStateRepository.fileStateRepository(file.toFile()));
        FileStateRepository reader = FileStateRepository.fileStateRepository(file.toFile());
        reader.start();
        String lastValue = reader.getState(KEY);
        assertThat(lastValue).startsWith("v1;");
        Files.writeString(file, KEY + "=" + lastValue); // the last save, cut before its newline
        List<String> whileDown = createLeads(1); // one save after the restart, joined to the cut line

        PipedriveLeadsConsumer restarted = startFeed(FileStateRepository.fileStateRepository(file.toFile()));
        restarted.poll();
        assertThat(delivered.subList(3, delivered.size())).containsExactlyInAnyOrderElementsOf(whileDown);
        byte[] atTheCrash = Files.readAllBytes(file); // kill -9 here: the repository is never stopped
        Path crashed = dir.resolve("crashed.dat");
        Files.write(crashed, atTheCrash);
        List<String> afterTheCrash = createLeads(1);

        assertThat(startFailure(FileStateRepository.fileStateRepository(crashed.toFile())))
                .hasMessageContaining("'" + KEY + "'").hasMessageContaining(crashed.toString())
                .hasMessageContaining("not a cursor");
        assertThat(delivered).doesNotContainAnyElementsOf(afterTheCrash);
    }

    @Test
    void aGarbledCursorInAnyRepositoryNamesTheKeyButNotTheValue() throws Exception {
        MemoryStateRepository memory = new MemoryStateRepository();
        memory.setState(KEY, "secret-looking-garbage");
        assertThat(startFailure(memory))
                .hasMessageContaining("'" + KEY + "'").hasMessageContaining("MemoryStateRepository")
                .hasMessageNotContaining("secret-looking-garbage");
        assertThat(memory.getState(KEY)).isEqualTo("secret-looking-garbage");
    }

    /** The same three cuts applied to the crash-safe store's temporary file: ignored, nothing lost or repeated. */
    @ParameterizedTest
    @ValueSource(strings = {"afterKey", "afterSeparator", "beforeNewline"})
    void theCrashSafeStoreIgnoresASaveCutShortAndContinuesFromTheLastCompleteCursor(String cut) throws Exception {
        Path file = dir.resolve("cursor.json");
        List<String> first = deliverThreeThenStop(new CrashSafeFileStateRepository(file));
        String complete = Files.readString(file);
        String key = "\"" + KEY + "\"";
        int at = switch (cut) {
            case "afterKey" -> complete.indexOf(key) + key.length();
            case "afterSeparator" -> complete.indexOf(key) + key.length() + 3;
            default -> complete.indexOf("\"", complete.indexOf(key) + key.length() + 4) + 1;
        };
        Files.writeString(file.resolveSibling("cursor.json.tmp"), complete.substring(0, at));
        List<String> whileDown = createLeads(2);

        startFeed(new CrashSafeFileStateRepository(file)).poll();

        assertThat(delivered).containsExactlyInAnyOrderElementsOf(concat(first, whileDown));
        assertThat(file.resolveSibling("cursor.json.tmp")).doesNotExist();
    }

    /** Anchors with startFrom=now (on an empty account), delivers three new leads, stops. */
    private List<String> deliverThreeThenStop(StateRepository<String, String> repository) throws Exception {
        PipedriveLeadsConsumer consumer = startFeed(repository);
        consumer.poll();
        List<String> three = createLeads(3);
        consumer.poll();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(three);
        contexts.remove(contexts.size() - 1).close();
        return three;
    }

    /** The consumer loads its cursor when it starts: a damaged one fails the start, with the reason in the chain. */
    private PipedriveStateException startFailure(StateRepository<String, String> repository) {
        Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> startFeed(repository));
        while (failure != null && !(failure instanceof PipedriveStateException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("a PipedriveStateException in the cause chain").isNotNull();
        return (PipedriveStateException) failure;
    }

    private PipedriveLeadsConsumer startFeed(StateRepository<String, String> repository) throws Exception {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        PipedriveLeadsComponent component = context.getComponent("pipedrive-leads", PipedriveLeadsComponent.class);
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setApiToken(sandbox.apiToken());
        context.getRegistry().bind("cursor", repository);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("pipedrive-leads:getLeads?startScheduler=false&startFrom=now&stateRepository=#cursor")
                        .routeId("feed")
                        .process(e -> delivered.add(e.getMessage().getBody(Lead.class).getId()));
            }
        });
        context.start();
        return (PipedriveLeadsConsumer) context.getRoute("feed").getConsumer();
    }

    private List<String> createLeads(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(sandbox.createLead("Lead " + i, 1, null));
        }
        return ids;
    }

    private static void append(Path file, String text) throws Exception {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
