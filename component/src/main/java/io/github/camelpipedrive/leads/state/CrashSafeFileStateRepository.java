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
package io.github.camelpipedrive.leads.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelpipedrive.leads.exception.PipedriveStateException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file-backed {@link StateRepository} that survives {@code kill -9} and power loss at any moment: the file always
 * holds either the state before a {@link #setState} or the state after it, never a torn mix (Camel's
 * {@code FileStateRepository} appends each save in several writes, so a crash can leave half a line behind).
 * <p>
 * Each save writes the whole map to a temporary file in the same directory ({@code <name>.tmp}), forces it to disk,
 * atomically renames it over the file and forces the directory. A temporary file left by a crash is ignored and
 * deleted at start. The file is a small JSON object ({@link StateFileFormat}); one that does not parse completely
 * raises a {@link PipedriveStateException} naming the file, and is never treated as empty or overwritten.
 * <p>
 * Reads go through to the file (no cache), and saves are read-modify-write under a lock (in this JVM and, through
 * {@code <name>.lock}, across processes on one machine): several repositories, route instances or processes on one
 * machine may share a file, each keeping its own keys. Not for network file systems, whose rename and lock semantics
 * vary; use a database-backed repository for a cluster.
 * <p>
 * Stored values can be OAuth refresh tokens: they are never logged, nor put in exception messages or
 * {@link #toString()}.
 * <p>
 * As a bean: {@code new CrashSafeFileStateRepository(Path)}, {@link #crashSafeFileStateRepository(Path)}, or the no-arg
 * constructor plus {@link #setPath(String)} (Camel Main, YAML {@code beans:}, Kamelets, Spring).
 */
public class CrashSafeFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafeFileStateRepository.class);
    /** One lock per file in this JVM: FileChannel locks are per process and cannot be nested inside one. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private volatile String path;

    /** For bean containers: set the file with {@link #setPath(String)}. */
    public CrashSafeFileStateRepository() {
    }

    public CrashSafeFileStateRepository(Path file) {
        this.path = Objects.requireNonNull(file, "file").toString();
    }

    /** A repository kept in {@code file} (created on the first save; its directory at start). */
    public static CrashSafeFileStateRepository crashSafeFileStateRepository(Path file) {
        return new CrashSafeFileStateRepository(file);
    }

    /** The state file. */
    public String getPath() {
        return path;
    }

    /** The state file; its directory is created at start when missing. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    protected void doStart() throws Exception {
        Path file = file();
        locked(file, () -> {
            if (Files.deleteIfExists(temporaryFile(file))) {
                LOG.info("Ignored and deleted the unfinished save {} left by a crash; {} is the last complete state",
                        temporaryFile(file), file);
            }
            read(file); // a damaged file fails the start, not the first poll
            return null;
        });
    }

    @Override
    public String getState(String key) {
        Objects.requireNonNull(key, "key");
        return read(file()).get(key);
    }

    /** Saves the value ({@code null} removes the key); when this returns, the new state is on disk. */
    @Override
    public void setState(String key, String value) {
        Objects.requireNonNull(key, "key");
        Path file = file();
        locked(file, () -> {
            Map<String, String> entries = read(file);
            if (value == null) {
                entries.remove(key);
            } else {
                entries.put(key, value);
            }
            write(file, entries);
            return null;
        });
        LOG.trace("Saved state key {} to {}", key, file);
    }

    private Path file() {
        String p = path;
        if (p == null || p.isBlank()) {
            throw new IllegalArgumentException("CrashSafeFileStateRepository: path must be set to the state file");
        }
        return Path.of(p).toAbsolutePath().normalize();
    }

    static Path temporaryFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static Path lockFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** The entries in the file; empty only when there is no file. */
    private static Map<String, String> read(Path file) {
        byte[] content;
        try {
            if (!Files.exists(file)) {
                return new LinkedHashMap<>();
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PipedriveStateException("Cannot read the state file " + file + ": " + e, e);
        }
        return StateFileFormat.parse(content, file);
    }

    /**
     * Created readable and writable by the owner only, where the file system has POSIX permissions: an OAuth token
     * store kept here holds sealed tokens, and nobody else needs a feed's cursor.
     */
    private static final java.nio.file.attribute.FileAttribute<?>[] OWNER_ONLY =
            java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? new java.nio.file.attribute.FileAttribute<?>[] { java.nio.file.attribute.PosixFilePermissions
                            .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")) }
                    : new java.nio.file.attribute.FileAttribute<?>[0];

    private static void write(Path file, Map<String, String> entries) {
        Path tmp = temporaryFile(file);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(StateFileFormat.format(entries));
            try (FileChannel out = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), OWNER_ONLY)) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(file.getParent());
        } catch (IOException e) {
            throw new PipedriveStateException("Cannot save the state file " + file + " (the previous state is kept): "
                                              + e, e);
        }
    }

    /** Makes the rename itself durable; directories cannot be opened for sync on Windows, where NTFS journals it. */
    private static void forceDirectory(Path dir) throws IOException {
        if (dir == null || System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    /**
     * Runs under this JVM's lock for the file and the inter-process lock file beside it. Creates the directory when
     * missing, so a repository used without being started (an oauthTokenStore, say) works too.
     */
    private static <T> T locked(Path file, IoAction<T> action) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvmLock.lock();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            jvmLock.unlock();
            throw new PipedriveStateException("Cannot create the directory of the state file " + file + ": " + e, e);
        }
        try (FileChannel lockChannel = FileChannel.open(lockFile(file), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            return action.run();
        } catch (IOException e) {
            throw new PipedriveStateException("Cannot lock or update the state file " + file + ": " + e, e);
        } finally {
            jvmLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "CrashSafeFileStateRepository[" + path + "]";
    }
}
