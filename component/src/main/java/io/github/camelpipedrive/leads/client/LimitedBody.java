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
package io.github.camelpipedrive.leads.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.github.camelpipedrive.leads.exception.PipedriveResponseTooLargeException;

/**
 * A response body that counts its bytes as they stream (after decompression: HttpClient inflates gzip and deflate
 * before this stream) and is refused as soon as it passes {@code maxResponseSize}. Refusing cancels the request,
 * which aborts the connection, so the rest of the body is never read, not even to drain it.
 */
final class LimitedBody extends FilterInputStream {

    private final long limit;
    private final Runnable cancel;
    private final String description;
    private long count;

    LimitedBody(InputStream in, long limit, Runnable cancel, String description) {
        super(in);
        this.limit = limit;
        this.cancel = cancel;
        this.description = description;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
        // through read(), so that every byte is counted whatever the JDK's FilterInputStream does
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = read(buffer, 0, buffer.length)) >= 0;) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would count bytes twice
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            cancel.run();
            throw new PipedriveResponseTooLargeException(description, limit,
                    "its body (decompressed) of more than " + limit + " bytes");
        }
    }
}
