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
/**
 * Embedded, stateful, in-memory emulator of the Pipedrive Leads API ("the sandbox"), with the
 * persons, organizations and notes endpoints a lead intake needs.
 *
 * <p>The sandbox is an independent oracle for the component's tests: it is written from the
 * project's API reference only and depends on nothing else in the project. Start it with
 * {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandbox#builder()}, the JUnit 5
 * extension {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension}, or the
 * standalone {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandboxMain}.
 */
package io.github.camelpipedrive.leads.sandbox;
