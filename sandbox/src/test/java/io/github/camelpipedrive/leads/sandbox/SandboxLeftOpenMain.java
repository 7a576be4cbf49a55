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

/**
 * A program that forgets {@link PipedriveSandbox#close()}: starts a sandbox, serves one request
 * (so worker threads exist) and returns from main. Run in a child JVM by
 * {@link SandboxLifecycleTest}: the JVM must end by itself because every sandbox thread is a daemon.
 */
public final class SandboxLeftOpenMain {

    private SandboxLeftOpenMain() {
    }

    public static void main(String[] args) {
        PipedriveSandbox sandbox = PipedriveSandbox.builder().seedLeads(2).build();
        String baseUrl = sandbox.start();
        SandboxHttp http = new SandboxHttp(baseUrl, sandbox.apiToken());
        int status = http.get("/api/v1/leads").status;
        // a conversion job still pending at exit must not keep the JVM alive either
        http.post("/api/v2/deals/1/convert/lead", "");
        System.out.println("served " + status + " from " + baseUrl + ", returning without close()");
    }
}
