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
package io.github.camelpipedrive.leads.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {

    @Test
    void baseUrlAndPortBeforeStartSayWhatToDo() {
        PipedriveSandbox sandbox = PipedriveSandbox.builder().build();
        assertThatThrownBy(sandbox::baseUrl).isInstanceOf(IllegalStateException.class)
                .hasMessage("sandbox not started: call start() first");
        assertThatThrownBy(sandbox::port).isInstanceOf(IllegalStateException.class)
                .hasMessage("sandbox not started: call start() first");
        try (sandbox) {
            String baseUrl = sandbox.start();
            assertThat(sandbox.baseUrl()).isEqualTo(baseUrl);
        }
        assertThat(sandbox.baseUrl()).as("kept after close, like the state").startsWith("http://127.0.0.1:");
    }

    @Test
    void everyServerThreadIsADaemon() {
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().build()) {
            assertThat(new SandboxHttp(sandbox.start(), sandbox.apiToken()).get("/api/v1/leads").status)
                    .isEqualTo(200);
            Set<Thread> threads = Thread.getAllStackTraces().keySet();
            assertThat(threads).filteredOn(t -> t.getName().startsWith("pipedrive-sandbox")
                    || t.getName().equals("HTTP-Dispatcher")).isNotEmpty().allMatch(Thread::isDaemon);
        }
    }

    @Test
    void aProgramThatForgetsCloseStillEnds() throws Exception {
        try (ChildJvm child = ChildJvm.runMain(SandboxLeftOpenMain.class)) {
            assertThat(child.nextLine(120)).startsWith("served 200 from http://127.0.0.1:");
            assertThat(child.waitFor(120)).as("the child JVM ended by itself; output: %s", child.output()).isTrue();
            assertThat(child.exitValue()).isZero();
        }
    }

    @Test
    void theNodelayPropertyIsNotLeftSetJvmWide() {
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().build()) {
            sandbox.start();
            assertThat(System.getProperty(PipedriveSandbox.NODELAY_PROPERTY)).isNull();
        }
        System.setProperty(PipedriveSandbox.NODELAY_PROPERTY, "false");
        try (PipedriveSandbox sandbox = PipedriveSandbox.builder().build()) {
            sandbox.start();
            assertThat(System.getProperty(PipedriveSandbox.NODELAY_PROPERTY)).as("the application's choice stays")
                    .isEqualTo("false");
        } finally {
            System.clearProperty(PipedriveSandbox.NODELAY_PROPERTY);
        }
    }
}
