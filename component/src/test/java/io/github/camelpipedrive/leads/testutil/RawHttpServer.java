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
package io.github.camelpipedrive.leads.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A one-thread HTTP server that answers every request with a scripted sequence of raw bytes, for responses no
 * well-behaved server library sends: a Content-Length that lies, a body dripped one byte at a time.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Writes the whole raw response (status line, headers, body) to the connection. */
    @FunctionalInterface
    public interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Thread thread;

    public RawHttpServer(Script script) throws IOException {
        server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(script), "raw-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void serve(Script script) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                readRequestHead(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                script.answer(out);
                out.flush();
            } catch (IOException | InterruptedException closedOrAborted) {
                // the client aborted, or the server is closing: next connection
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int b;
        while (matched < end.length && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    /** Writes ASCII text. */
    public static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        thread.interrupt();
    }
}
