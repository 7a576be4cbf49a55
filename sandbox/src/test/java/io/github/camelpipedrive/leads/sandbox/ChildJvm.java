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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test helper: runs a Java main in a child JVM and reads its merged output line by line. */
final class ChildJvm implements AutoCloseable {

    /** Marks the end of the output in the line queue. */
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(List<String> command) {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output unreadable: " + e + ")");
            } finally {
                lines.add(EOF);
            }
        }, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The java launcher of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path (surefire passes the real one; java.class.path may be its manifest-only jar). */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Starts {@code java -cp <test class path> mainClass args...}. */
    static ChildJvm runMain(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", testClassPath(), mainClass.getName()));
        command.addAll(Arrays.asList(args));
        return new ChildJvm(command);
    }

    /** Starts {@code java -jar jar args...}. */
    static ChildJvm runJar(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(Arrays.asList(args));
        return new ChildJvm(command);
    }

    /**
     * @param timeoutSeconds how long to wait for it at most
     * @return the next output line
     * @throws AssertionError when the output ends or nothing comes in time
     */
    String nextLine(long timeoutSeconds) throws InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line == null || EOF.equals(line)) {
            throw new AssertionError((line == null ? "no output line within " + timeoutSeconds + " s"
                    : "the child JVM ended its output") + "; output so far: " + seen);
        }
        seen.add(line);
        return line;
    }

    /**
     * @param timeoutSeconds how long to wait for the end of the output at most
     * @return every output line, once the output has ended
     * @throws AssertionError when the output does not end in time
     */
    List<String> readToEnd(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the output did not end within " + timeoutSeconds + " s: " + seen);
            }
            if (EOF.equals(line)) {
                lines.add(EOF);
                return new ArrayList<>(seen);
            }
            seen.add(line);
        }
    }

    /** @return whether the process ended within the timeout */
    boolean waitFor(long timeoutSeconds) throws InterruptedException {
        return process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** @return every output line read so far plus what is buffered now */
    List<String> output() {
        List<String> all = new ArrayList<>(seen);
        lines.stream().filter(l -> !EOF.equals(l)).forEach(all::add);
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
