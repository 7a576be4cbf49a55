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
package io.github.camelpipedrive.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback HTTP/1.1 keep-alive responder that costs almost nothing per request: one thread per connection, the
 * request head is scanned byte by byte (method, path and Content-Length only), the body skipped, and one
 * pre-serialized response (status line, headers and body in a single array) is written.
 * <ul>
 * <li>{@code GET /api/v1/leads/{id}}: 200 with {@link Payloads#LEAD_JSON}</li>
 * <li>{@code POST /api/v1/leads}: 201 with the same lead</li>
 * <li>anything else: 404</li>
 * </ul>
 * Every answer carries the {@code x-ratelimit-*} headers Pipedrive sends.
 */
final class FixedResponseServer implements AutoCloseable {

    private static final byte[] GET_RESPONSE = response("200 OK", Payloads.LEAD_JSON);
    private static final byte[] POST_RESPONSE = response("201 Created", Payloads.LEAD_JSON);
    private static final byte[] NOT_FOUND = response("404 Not Found",
            ("{\"success\":false,\"error\":\"Not found\",\"error_info\":\"benchmark server\",\"data\":null,"
             + "\"additional_data\":null}").getBytes(StandardCharsets.UTF_8));

    private final ServerSocket serverSocket;
    private final LongAdder requests = new LongAdder();
    private volatile boolean running = true;

    FixedResponseServer() throws IOException {
        serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        Thread acceptor = new Thread(this::acceptLoop, "fixed-server-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The answer's rate-limit headers advertise a window that never binds (the component's client-side throttle is on
     * but never waits), so that the ratio measures per-call overhead. With Pipedrive's real limits (20 to 480 requests
     * per 2 s) the throttle caps the rate at the plan's limit by design, which the raw client does not do.
     */
    static byte[] response(String status, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\n"
                       + "Content-Type: application/json; charset=utf-8\r\n"
                       + "Content-Length: " + body.length + "\r\n"
                       + "x-ratelimit-limit: 1000000\r\n"
                       + "x-ratelimit-remaining: 999999\r\n"
                       + "x-ratelimit-reset: 2\r\n"
                       + "x-daily-ratelimit-token-limit: 30000\r\n"
                       + "x-daily-ratelimit-token-remaining: 29980\r\n"
                       + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + serverSocket.getLocalPort();
    }

    long requests() {
        return requests.sum();
    }

    private void acceptLoop() {
        int n = 0;
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(socket), "fixed-server-conn-" + (++n));
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (running) {
                    System.err.println("fixed server: accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        byte[] line = new byte[8192];
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
             OutputStream out = socket.getOutputStream()) {
            while (running) {
                // request line
                int len = readLine(in, line);
                if (len < 0) {
                    return;
                }
                if (len == 0) {
                    continue;
                }
                boolean get = line[0] == 'G';
                boolean post = line[0] == 'P' && line[1] == 'O';
                int pathStart = indexOf(line, len, (byte) ' ', 0) + 1;
                int pathEnd = indexOf(line, len, (byte) ' ', pathStart);
                boolean leadsCollection = startsWith(line, pathStart, pathEnd, "/api/v1/leads")
                                          && (pathEnd - pathStart == 13 || line[pathStart + 13] == '?');
                boolean oneLead = startsWith(line, pathStart, pathEnd, "/api/v1/leads/");
                // headers: only Content-Length matters
                long contentLength = 0;
                while ((len = readLine(in, line)) > 0) {
                    if (len > 15 && (line[0] == 'C' || line[0] == 'c') && (line[8] == 'L' || line[8] == 'l')
                        && regionMatchesIgnoreCase(line, "content-length:")) {
                        contentLength = Long.parseLong(new String(line, 15, len - 15, StandardCharsets.US_ASCII)
                                .trim());
                    }
                }
                if (len < 0) {
                    return;
                }
                while (contentLength > 0) {
                    long skipped = in.skip(contentLength);
                    if (skipped <= 0) {
                        if (in.read() < 0) {
                            return;
                        }
                        skipped = 1;
                    }
                    contentLength -= skipped;
                }
                byte[] answer = get && oneLead ? GET_RESPONSE : post && leadsCollection ? POST_RESPONSE : NOT_FOUND;
                out.write(answer);
                out.flush();
                requests.increment();
            }
        } catch (IOException e) {
            // client went away
        }
    }

    /** Reads one CRLF-terminated line into buf (without CRLF); -1 at end of stream. */
    private static int readLine(InputStream in, byte[] buf) throws IOException {
        int n = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
            }
            if (n < buf.length) {
                buf[n++] = (byte) b;
            }
        }
        return n == 0 ? -1 : n;
    }

    private static int indexOf(byte[] buf, int len, byte what, int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == what) {
                return i;
            }
        }
        return len;
    }

    private static boolean startsWith(byte[] buf, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (buf[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatchesIgnoreCase(byte[] buf, String lowerPrefix) {
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (Character.toLowerCase((char) buf[i]) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        running = false;
        serverSocket.close();
    }
}
