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
package io.github.camelpipedrive.leads.consumer;

import io.github.camelpipedrive.leads.PipedriveLeadsConfiguration;
import io.github.camelpipedrive.leads.exception.PipedriveStateException;
import io.github.camelpipedrive.leads.state.ConditionalStateRepository;
import io.github.camelpipedrive.leads.state.CrashSafeFileStateRepository;
import io.github.camelpipedrive.leads.state.StateStoreFailures;
import org.apache.camel.Service;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Keeps one feed's {@link LeadCursor} in a Camel {@link StateRepository}, under a key derived from the feed and its
 * filters (or the stateKey option), so that a restarted consumer continues where it stopped.
 * <p>
 * A stored cursor that cannot be read (blank, cut short by a crash, garbled) is an error naming the key and the file,
 * never "no state": treating it as absent would silently restart the feed from startFrom and, with the default
 * {@code now}, skip every lead created while the consumer was down.
 * <p>
 * When the repository is a {@link ConditionalStateRepository} (shared by several nodes), every save is a
 * compare-and-set against the serialized value this store last read or wrote: a deposed leader that wakes up late
 * loses its write instead of moving the shared cursor backwards or overwriting a newer one.
 */
final class CursorStore {

    /** A credential-named parameter of a connection URL or property list, up to its separator. */
    private static final java.util.regex.Pattern URL_CREDENTIAL = java.util.regex.Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|apikey|api_key)=[^&;,\\s)\\]]*");
    /** The password of a URL's user info ({@code scheme://user:password@host}). */
    private static final java.util.regex.Pattern URL_USER_INFO = java.util.regex.Pattern.compile(
            "://([^:/@\\s]+):[^@\\s/]+@");

    private final StateRepository<String, String> repository;
    private final String key;
    /** The serialized value last read from or written to the repository (null: none yet); the CAS expectation. */
    private String lastSeen;

    CursorStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** Starts the repository when it is a Service; again after a failed start, so that a store that is back works. */
    void start() {
        if (repository instanceof Service) {
            try {
                ServiceHelper.startService(repository);
            } catch (PipedriveStateException e) {
                throw unreadable(repository, key, e.getMessage(), e);
            } catch (RuntimeException e) {
                if (StateStoreFailures.isUnreachable(e)) {
                    throw unavailable(e);
                }
                if (fileOf(repository) != null) {
                    // a file repository fails its start on a damaged file: the cursor in it cannot be read
                    throw unreadable(repository, key, "the repository failed to start (" + reasonOf(e) + ")", e);
                }
                throw new PipedriveStateException("The pipedrive-leads state repository ("
                                                  + repository.getClass().getSimpleName() + ") for key '" + key
                                                  + "' failed to start: " + reasonOf(e) + ". This is not an outage"
                                                  + " that waiting would end: check its configuration (credentials,"
                                                  + " table, file permissions). The stored cursor is untouched", e);
            }
        }
    }

    /**
     * The cursor of this feed: the stored one, or {@code initial} saved as the first (unless another node saved one
     * first). Starts the repository first.
     *
     * @throws CursorStoreUnavailableException when the repository cannot be reached; nothing was saved
     * @throws PipedriveStateException         when the stored cursor cannot be read
     */
    LeadCursor establish(java.util.function.Supplier<LeadCursor> initial) {
        start();
        LeadCursor stored = load();
        return stored != null ? stored : saveInitial(initial.get());
    }

    /** The default key: the feed plus every filter that changes which leads the feed sees. */
    static String keyFor(PipedriveLeadsConfiguration c) {
        if (c.getStateKey() != null && !c.getStateKey().isBlank()) {
            return c.getStateKey();
        }
        StringBuilder sb = new StringBuilder("pipedrive-leads/").append(c.getFeed().name().toLowerCase());
        append(sb, "ownerId", c.getOwnerId());
        append(sb, "personId", c.getPersonId());
        append(sb, "organizationId", c.getOrganizationId());
        append(sb, "filterId", c.getFilterId());
        if (c.isIncludeArchived()) {
            sb.append("/includeArchived");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Long value) {
        if (value != null) {
            sb.append('/').append(name).append(':').append(value);
        }
    }

    /** The saved cursor, or null when this feed has none yet; fails on a stored cursor that cannot be read. */
    LeadCursor load() {
        String value;
        try {
            value = repository.getState(key);
        } catch (PipedriveStateException e) {
            throw unreadable(repository, key, e.getMessage(), e);
        } catch (RuntimeException e) {
            if (StateStoreFailures.isUnreachable(e)) {
                throw unavailable(e);
            }
            throw unreadable(repository, key, "reading it failed (" + e.getClass().getSimpleName() + ")", e);
        }
        // also when absent: a key deleted meanwhile is then inserted again instead of losing every compare-and-set
        lastSeen = value;
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw unreadable(repository, key, "the stored value is blank (a save cut short by a crash?)", null);
        }
        try {
            return LeadCursor.parse(value);
        } catch (RuntimeException e) {
            // the value is a cursor, not a secret, but other repositories' values may be: say what is wrong only
            throw unreadable(repository, key, "the stored value (" + value.length() + " characters) is not a cursor"
                                              + " of the form v1;<epoch-millis>;<ids>", null);
        }
    }

    /** The stored cursor as read again (null when none), and whether another node wrote it in between. */
    record Reload(LeadCursor cursor, boolean movedByAnother) {
    }

    /** Reads the stored cursor again and says whether another node wrote it since this store last read or wrote it. */
    Reload reload() {
        String before = lastSeen;
        LeadCursor stored = load();
        return new Reload(stored, !java.util.Objects.equals(before, lastSeen));
    }

    private static PipedriveStateException unreadable(StateRepository<String, String> repository, String key,
                                                      String why, Throwable cause) {
        String file = fileOf(repository);
        return new PipedriveStateException("The stored pipedrive-leads cursor under key '" + key + "'"
                                           + (file == null ? " in " + repository.getClass().getSimpleName()
                                                   : " in file " + file)
                                           + " cannot be read: " + why + ". The consumer does not restart from"
                                           + " startFrom on its own, which could skip leads. To recover, delete the"
                                           + " key (or the file) and set startFrom to a time before the last lead you"
                                           + " processed (see 'Crash safety and recovery' in docs/consumer.md)",
                cause);
    }

    /**
     * The root cause of a failure of the repository, its message made safe to log: some drivers quote their connection
     * URL, so credential-named parameters in it are masked.
     */
    static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getMessage() == null) {
            return root.getClass().getSimpleName();
        }
        String masked = URL_CREDENTIAL.matcher(root.getMessage()).replaceAll("$1=***");
        masked = URL_USER_INFO.matcher(masked).replaceAll("://$1:***@");
        return root.getClass().getSimpleName() + ": " + io.github.camelpipedrive.leads.client.SafeText.forMessage(masked);
    }

    private CursorStoreUnavailableException unavailable(Throwable failure) {
        return new CursorStoreUnavailableException("The pipedrive-leads cursor store for key '" + key + "' ("
                                                   + repository.getClass().getSimpleName() + ") cannot be reached: "
                                                   + reasonOf(failure) + ". The stored cursor is kept: the consumer reads"
                                                   + " nothing from Pipedrive until it can read the cursor again, and"
                                                   + " tries at every poll", failure);
    }

    /** The file behind the repository, when it is one of the file repositories we know. */
    private static String fileOf(StateRepository<String, String> repository) {
        if (repository instanceof CrashSafeFileStateRepository crashSafe) {
            return crashSafe.getPath();
        }
        if (repository instanceof FileStateRepository file && file.getFileStore() != null) {
            return file.getFileStore().getPath();
        }
        return null;
    }

    /** Whether the repository is shared by several nodes (saves are compare-and-set, reads are read-through). */
    boolean isShared() {
        return repository instanceof ConditionalStateRepository;
    }

    /**
     * Whether the repository is Camel's in-memory one (the consumer's default): nothing in it survives the process,
     * so saving it once per batch instead of once per exchange changes no guarantee.
     */
    boolean isVolatile() {
        return repository.getClass() == MemoryStateRepository.class;
    }

    /**
     * Saves {@code cursor}. On a shared repository only if the stored value is still the one this store last read
     * or wrote.
     *
     * @return true when saved; false when another node moved the shared cursor since this store read it (nothing was
     *         written; {@link #load()} again before going on)
     */
    boolean save(LeadCursor cursor) {
        String value = cursor.serialize();
        if (repository instanceof ConditionalStateRepository conditional) {
            if (!conditional.compareAndSet(key, lastSeen, value)) {
                return false;
            }
        } else {
            repository.setState(key, value);
        }
        lastSeen = value;
        return true;
    }

    /**
     * Saves the cursor a feed starts from, unless another node saved one first: then that one is loaded and
     * returned, so that two nodes starting together agree on one starting point.
     */
    LeadCursor saveInitial(LeadCursor initial) {
        for (int attempt = 0; attempt < 3; attempt++) {
            lastSeen = null;
            if (save(initial)) {
                return initial;
            }
            LeadCursor stored = load();
            if (stored != null) {
                return stored;
            }
            // saved and deleted again by another node in between: try the insert again
        }
        throw new PipedriveStateException("The pipedrive-leads cursor under key '" + key + "' in "
                                          + repository.getClass().getSimpleName() + " was written and deleted by"
                                          + " other nodes three times while this consumer started; not starting");
    }

    String key() {
        return key;
    }
}
