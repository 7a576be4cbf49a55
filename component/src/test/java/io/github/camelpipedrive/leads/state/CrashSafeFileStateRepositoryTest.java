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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camelpipedrive.leads.exception.PipedriveStateException;
import io.github.camelpipedrive.leads.producer.LogCapture;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crash-safe store: the file always holds a complete state, a save cut short by a crash is ignored, a damaged file
 * is an error naming the file (never an empty state), and stored values never reach logs or messages.
 */
class CrashSafeFileStateRepositoryTest {

    private static final String SECRET = "refresh-token-3f9a1c77e0b2";

    @TempDir
    Path dir;

    private CrashSafeFileStateRepository started(Path file) {
        CrashSafeFileStateRepository repository = CrashSafeFileStateRepository.crashSafeFileStateRepository(file);
        repository.start();
        return repository;
    }

    @Test
    void savedStateSurvivesANewInstanceAndNullRemovesAKey() {
        Path file = dir.resolve("sub/dir/state.json");
        CrashSafeFileStateRepository first = started(file);
        first.setState("pipedrive-leads/new", "v1;1767261600123;a,b");
        first.setState("pipedrive-leads/oauth/client", SECRET);
        first.setState("odd key = with\nnewline", "value = with \"quotes\"\nand newline");
        first.stop();

        CrashSafeFileStateRepository second = started(file);
        assertThat(second.getState("pipedrive-leads/new")).isEqualTo("v1;1767261600123;a,b");
        assertThat(second.getState("pipedrive-leads/oauth/client")).isEqualTo(SECRET);
        assertThat(second.getState("odd key = with\nnewline")).isEqualTo("value = with \"quotes\"\nand newline");
        assertThat(second.getState("absent")).isNull();

        second.setState("pipedrive-leads/new", null);
        assertThat(started(file).getState("pipedrive-leads/new")).isNull();
        assertThat(Files.exists(CrashSafeFileStateRepository.temporaryFile(file))).isFalse();
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("state.json");
        started(file).setState("pipedrive-leads/oauth/client", SECRET);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void beanStyleConfigurationWorks() {
        CrashSafeFileStateRepository bean = new CrashSafeFileStateRepository();
        bean.setPath(dir.resolve("bean.json").toString());
        bean.start();
        bean.setState("k", "v");
        assertThat(new CrashSafeFileStateRepository(dir.resolve("bean.json")).getState("k")).isEqualTo("v");

        CrashSafeFileStateRepository neverStarted = new CrashSafeFileStateRepository(dir.resolve("new/dir/s.json"));
        neverStarted.setState("k", "v");
        assertThat(neverStarted.getState("k")).isEqualTo("v");

        CrashSafeFileStateRepository unset = new CrashSafeFileStateRepository();
        assertThatThrownBy(unset::start).hasMessageContaining("path must be set");
    }

    /**
     * A kill -9 during a save leaves the temporary file cut anywhere (here after a key, after its value separator and
     * before the closing of the line); the file itself still holds the last complete state, which is what a restart
     * reads, and the leftover is deleted.
     */
    @ParameterizedTest
    @ValueSource(strings = {"afterKey", "afterSeparator", "beforeNewline"})
    void aSaveCutShortByACrashIsIgnoredAndTheLastCompleteStateKept(String cut) throws Exception {
        Path file = dir.resolve("state.json");
        CrashSafeFileStateRepository before = started(file);
        before.setState("pipedrive-leads/new", "v1;1000;a");
        byte[] complete = StateFileFormat.format(java.util.Map.of("pipedrive-leads/new", "v1;2000;b"));
        String text = new String(complete, StandardCharsets.UTF_8);
        int at = switch (cut) {
            case "afterKey" -> text.indexOf("\"pipedrive-leads/new\"") + "\"pipedrive-leads/new\"".length();
            case "afterSeparator" -> text.indexOf(" : \"v1;2000") + 3;
            default -> text.indexOf("v1;2000;b\"") + "v1;2000;b\"".length();
        };
        Files.write(CrashSafeFileStateRepository.temporaryFile(file), text.substring(0, at).getBytes(StandardCharsets.UTF_8));

        CrashSafeFileStateRepository after = started(file);

        assertThat(after.getState("pipedrive-leads/new")).isEqualTo("v1;1000;a");
        assertThat(Files.exists(CrashSafeFileStateRepository.temporaryFile(file))).isFalse();
        after.setState("pipedrive-leads/new", "v1;3000;c");
        assertThat(started(file).getState("pipedrive-leads/new")).isEqualTo("v1;3000;c");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 20, 60, 75})
    void aDamagedFileIsAnErrorNamingTheFileNeverAnEmptyStateAndIsNotOverwritten(int keep) throws Exception {
        Path file = dir.resolve("state.json");
        CrashSafeFileStateRepository repository = started(file);
        repository.setState("pipedrive-leads/oauth/client", SECRET);
        byte[] good = Files.readAllBytes(file);
        byte[] damaged = java.util.Arrays.copyOf(good, Math.min(keep, good.length - 1));
        Files.write(file, damaged);

        assertThatThrownBy(() -> started(file))
                .isInstanceOf(PipedriveStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("never treated as empty")
                .hasMessageNotContaining(SECRET.substring(0, 8));
        assertThatThrownBy(() -> repository.getState("pipedrive-leads/oauth/client"))
                .isInstanceOf(PipedriveStateException.class).hasMessageContaining(file.toString());
        assertThatThrownBy(() -> repository.setState("other", "x")).isInstanceOf(PipedriveStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void aFileWithTrailingBytesOrAForeignShapeIsRejected() throws Exception {
        Path file = dir.resolve("state.json");
        started(file).setState("k", SECRET);
        Files.writeString(file, Files.readString(file) + "k=" + SECRET + "\n");
        assertThatThrownBy(() -> new CrashSafeFileStateRepository(file).getState("k"))
                .isInstanceOf(PipedriveStateException.class).hasMessageNotContaining(SECRET);

        Files.writeString(file, "{\"entries\":{\"k\":\"" + SECRET + "\"}}");
        assertThatThrownBy(() -> new CrashSafeFileStateRepository(file).getState("k"))
                .isInstanceOf(PipedriveStateException.class).hasMessageContaining("format")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void twoRepositoriesSharingAFileKeepEachOthersKeys() throws Exception {
        Path file = dir.resolve("shared.json");
        CrashSafeFileStateRepository one = started(file);
        CrashSafeFileStateRepository two = started(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            CrashSafeFileStateRepository repository = t % 2 == 0 ? one : two;
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    repository.setState("t" + thread + "/" + i, "v" + i);
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        CrashSafeFileStateRepository reader = started(file);
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 25; i++) {
                assertThat(reader.getState("t" + t + "/" + i)).isEqualTo("v" + i);
            }
        }
        assertThat(one.getState("t1/24")).as("reads go through to the file").isEqualTo("v24");
    }

    @Test
    void storedValuesAreNeverLoggedEvenAtTrace() throws Exception {
        Path file = dir.resolve("state.json");
        try (LogCapture log = LogCapture.of(Level.TRACE, "io.github.camelpipedrive.leads.state")) {
            CrashSafeFileStateRepository repository = started(file);
            repository.setState("pipedrive-leads/oauth/client", SECRET);
            Files.write(CrashSafeFileStateRepository.temporaryFile(file), ("{\"x\":\"" + SECRET).getBytes());
            CrashSafeFileStateRepository restarted = started(file);
            assertThat(restarted.getState("pipedrive-leads/oauth/client")).isEqualTo(SECRET);
            assertThat(restarted.toString()).doesNotContain(SECRET);

            assertThat(log.text()).contains("Saved state key").contains("unfinished save").doesNotContain(SECRET);
        }
    }
}
