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

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone until the process is stopped:
 * {@code java -jar camel-pipedrive-leads-sandbox-<version>.jar --port 8080 --token T --leads 50}.
 * Every setting of {@link PipedriveSandbox.Builder} has an option ({@code --help} lists them, one
 * line each). Prints exactly one line, {@code Pipedrive Leads sandbox listening on <baseUrl>}, once
 * it accepts connections; bad options print the problem and the usage to stderr and exit with 2.
 */
public final class PipedriveSandboxMain {

    private PipedriveSandboxMain() {
    }

    /**
     * @param args command-line options (see {@code --help})
     * @throws InterruptedException when the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        PipedriveSandbox sandbox;
        try {
            sandbox = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(SandboxCommandLine.usage());
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return; // --help
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "pipedrive-sandbox-shutdown"));
        // the server's threads are daemons, so the main thread is what keeps the process running
        new CountDownLatch(1).await();
    }

    /**
     * Parses the options, starts the sandbox and prints the listening line; used by {@link #main}
     * and by tests that run the entry point in-process. With {@code --help} it prints the usage
     * instead and starts nothing.
     *
     * @param args command-line options
     * @param out where the listening line (or the usage) goes
     * @return the started sandbox (the caller closes it), or {@code null} after {@code --help}
     * @throws IllegalArgumentException when an option is unknown, lacks its value or has a bad one
     */
    public static PipedriveSandbox start(String[] args, PrintStream out) {
        SandboxCommandLine.Parsed parsed = SandboxCommandLine.parse(args);
        if (parsed.help) {
            out.print(SandboxCommandLine.usage());
            out.flush();
            return null;
        }
        PipedriveSandbox sandbox = parsed.builder.build();
        String baseUrl = sandbox.start();
        out.println("Pipedrive Leads sandbox listening on " + baseUrl);
        out.flush();
        return sandbox;
    }
}
