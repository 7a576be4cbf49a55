/**
 * Embedded, stateful, in-memory emulator of the Pipedrive Leads API ("the sandbox").
 *
 * <p>The sandbox is an independent oracle for the component's tests: it is written from the
 * project's API reference only and depends on nothing else in the project. Start it with
 * {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandbox#builder()}, the JUnit 5
 * extension {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandboxExtension}, or the
 * standalone {@link io.github.camelpipedrive.leads.sandbox.PipedriveSandboxMain}.
 */
package io.github.camelpipedrive.leads.sandbox;
