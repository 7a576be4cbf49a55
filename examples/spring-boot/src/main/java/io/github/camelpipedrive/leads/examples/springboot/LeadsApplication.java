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
package io.github.camelpipedrive.leads.examples.springboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelpipedrive.leads.sandbox.PipedriveSandbox;
import io.github.camelpipedrive.leads.state.CrashSafeFileStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot example. The component is configured in application.properties through the
 * camel-pipedrive-leads-starter; without PIPEDRIVE_API_TOKEN the application first starts the embedded sandbox and
 * points the component at it.
 */
@SpringBootApplication
public class LeadsApplication {

    private static final Logger LOG = LoggerFactory.getLogger(LeadsApplication.class);

    public static void main(String[] args) {
        String token = System.getenv("PIPEDRIVE_API_TOKEN");
        if (token == null || token.isBlank()) {
            PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(3).build();
            System.setProperty("camel.component.pipedrive-leads.base-url", sandbox.start());
            System.setProperty("camel.component.pipedrive-leads.api-token", sandbox.apiToken());
            System.setProperty("camel.component.pipedrive-leads.start-from", "beginning");
            // the sandbox starts empty: a cursor saved by an earlier run belongs to another sandbox
            System.setProperty("leads.state-file", freshStateFile());
            LOG.info("Using the embedded Pipedrive sandbox at {}", sandbox.baseUrl());
        }
        SpringApplication.run(LeadsApplication.class, args);
    }

    /** The consumer's cursor: saved after each lead in a crash-safe file, so a restart (even kill -9) loses nothing. */
    @Bean
    CrashSafeFileStateRepository leadCursor(@Value("${leads.state-file}") String stateFile) {
        return CrashSafeFileStateRepository.crashSafeFileStateRepository(Path.of(stateFile));
    }

    private static String freshStateFile() {
        try {
            return Files.createTempDirectory("spring-boot").resolve("pipedrive-leads-state.json").toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the sandbox's cursor", e);
        }
    }
}
