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
package io.github.camelpipedrive.leads.webhook;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelpipedrive.leads.LeadFeed;
import io.github.camelpipedrive.leads.consumer.LeadCursor;
import io.github.camelpipedrive.leads.model.Lead;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dedupe rules alone: a version is delivered once by push or backfill; the cursor is never moved by a push; a
 * push the route is still processing makes the backfill wait for its outcome; what was saved is read back.
 */
class PushDeduplicatorTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final MemoryStateRepository repository = new MemoryStateRepository();
    private final AtomicReference<LeadCursor> cursor = new AtomicReference<>(LeadCursor.from(T0));
    private final AtomicInteger earlyBackfills = new AtomicInteger();
    private PushDeduplicator dedupe;

    @BeforeEach
    void start() throws Exception {
        repository.start();
        dedupe = newDedupe(LeadFeed.UPDATED, 100);
    }

    private PushDeduplicator newDedupe(LeadFeed feed, int capacity) {
        PushedVersions pushed = new PushedVersions(repository, "feed/pushed", feed == LeadFeed.UPDATED);
        pushed.loadIfReachable();
        return new PushDeduplicator(feed, pushed, capacity, cursor::get, earlyBackfills::incrementAndGet);
    }

    private static Lead lead(String id, int addSecond, int updateSecond) {
        Lead lead = new Lead();
        lead.setId(id);
        lead.setAddTime(T0.plusSeconds(addSecond));
        lead.setUpdateTime(T0.plusSeconds(updateSecond));
        return lead;
    }

    private static LeadEvent push(Lead lead) {
        return new LeadEvent(LeadEventAction.CHANGE, lead.getId(), lead, null, null, LeadEventSource.PUSH);
    }

    @Test
    void aPushedVersionIsSkippedByTheBackfillAndForgottenOnceTheCursorPassesIt() throws Exception {
        Lead a = lead("a", 1, 5);
        PushDeduplicator.Claim claim = dedupe.claimPush(push(a));
        assertThat(claim).isNotNull();
        dedupe.pushFinished(claim, true);
        assertThat(dedupe.claimPush(push(a))).as("a retry of the same version").isNull();

        assertThat(dedupe.admitBackfill(a)).isFalse();
        LeadCursor passed = cursor.get().advance(a.getUpdateTime(), "a");
        cursor.set(passed);
        dedupe.backfillFinished(a, passed);
        assertThat(dedupe.rememberedVersions()).isZero();
        assertThat(dedupe.claimPush(push(a))).as("behind the cursor now").isNull();
        // a newer version of the same lead is new again
        assertThat(dedupe.claimPush(push(lead("a", 1, 9)))).isNotNull();
    }

    @Test
    void aPushNeverMovesTheCursor() throws Exception {
        LeadCursor before = cursor.get();
        dedupe.pushFinished(dedupe.claimPush(push(lead("late", 1, 50))), true);
        assertThat(cursor.get()).isSameAs(before);
        Lead missed = lead("missed", 1, 10);
        assertThat(dedupe.admitBackfill(missed)).as("an earlier lead the webhook missed").isTrue();
    }

    @Test
    void theBackfillWaitsForAPushInTheRouteAndDeliversItWhenThePushFailed() throws Exception {
        Lead a = lead("a", 1, 5);
        PushDeduplicator.Claim first = dedupe.claimPush(push(a));
        CompletableFuture<Boolean> admitted = CompletableFuture.supplyAsync(() -> {
            try {
                return dedupe.admitBackfill(a);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(admitted).isNotDone();
        dedupe.pushFinished(first, false);
        assertThat(admitted.get(30, TimeUnit.SECONDS)).as("the push failed: the backfill delivers it").isTrue();
        assertThat(dedupe.claimPush(push(a))).as("the backfill has it in the route now").isNull();
    }

    @Test
    void theBackfillSkipsAPushThatCompletedWhileItWaited() throws Exception {
        Lead a = lead("a", 1, 5);
        PushDeduplicator.Claim first = dedupe.claimPush(push(a));
        CompletableFuture<Boolean> admitted = CompletableFuture.supplyAsync(() -> {
            try {
                return dedupe.admitBackfill(a);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        dedupe.pushFinished(first, true);
        assertThat(admitted.get(30, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void theRememberedVersionsSurviveARestartThroughTheRepository() throws Exception {
        dedupe.pushFinished(dedupe.claimPush(push(lead("a", 1, 5))), true);
        dedupe.pushFinished(dedupe.claimPush(push(lead("b", 2, 6))), true);
        assertThat(repository.getState("feed/pushed")).startsWith("v1;").contains("a@").contains("b@");

        PushDeduplicator restarted = newDedupe(LeadFeed.UPDATED, 100);
        assertThat(restarted.rememberedVersions()).isEqualTo(2);
        assertThat(restarted.admitBackfill(lead("a", 1, 5))).isFalse();
        assertThat(restarted.admitBackfill(lead("a", 1, 7))).as("another version").isTrue();
    }

    @Test
    void anUnreadableStoredSetStartsEmptyInsteadOfFailing() {
        repository.setState("feed/pushed", "garbage");
        assertThat(newDedupe(LeadFeed.UPDATED, 100).rememberedVersions()).isZero();
    }

    @Test
    void theNewFeedRemembersLeadsNotVersions() throws Exception {
        PushDeduplicator news = newDedupe(LeadFeed.NEW, 100);
        news.pushFinished(news.claimPush(push(lead("a", 3, 3))), true);
        assertThat(news.admitBackfill(lead("a", 3, 8))).as("the same lead, edited since").isFalse();
    }

    @Test
    void reachingTheCapacityAsksForAnEarlyBackfillAndNeverHoldsMore() {
        PushDeduplicator small = newDedupe(LeadFeed.UPDATED, 3);
        for (int i = 0; i < 5; i++) {
            small.pushFinished(small.claimPush(push(lead("l" + i, 1, 10 + i))), true);
        }
        assertThat(earlyBackfills.get()).isPositive();
        assertThat(small.rememberedVersions()).isEqualTo(3);
    }

    @Test
    void deletesAreDeliveredOnce() {
        assertThat(dedupe.claimDelete("a")).isTrue();
        assertThat(dedupe.claimDelete("a")).as("in flight").isFalse();
        dedupe.deleteFinished("a", true);
        assertThat(dedupe.claimDelete("a")).isFalse();
        assertThat(dedupe.claimDelete("b")).isTrue();
        dedupe.deleteFinished("b", false);
        assertThat(dedupe.claimDelete("b")).as("failed: may come again").isTrue();
    }
}
