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
package io.github.camelpipedrive.leads.producer;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PageInfo;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;

/**
 * Every result of one or more list requests, fetched page by page while it is iterated: offset pages follow
 * {@code next_start}, v2 pages follow {@code next_cursor}; a page that is empty or says there is no more ends the
 * list. Holds one page at a time, so memory does not grow with the number of results.
 * <p>
 * With a read-ahead executor, the next page is requested as soon as a page is read, while the caller iterates that
 * page: the requests and their order are the same as without (the next request is known from the page just read),
 * a failure surfaces where the caller reaches the page, and at most one page more is held. A caller that abandons
 * the iterator before its end leaves one page read for nothing; {@code maxResults} never asks for a page past it.
 */
public final class PagingIterator implements Iterator<Object> {

    private final Deque<ApiRequest> lists;
    private final Function<ApiRequest, ApiResult> fetch;
    private final Function<ApiResult, List<?>> map;
    private final int maxResults;
    private ApiRequest current;
    private PageInfo lastPage;
    private Iterator<?> page = Collections.emptyIterator();
    private int returned;
    private int requests;
    private final Executor readAhead;
    /** Why a page could not be read: the walk ends there, every later call says so instead of skipping the rest. */
    private RuntimeException failure;
    /** The cursors this walk of the current list has requested: one coming back means the paging goes round. */
    private final java.util.Set<String> cursorsSent = new java.util.HashSet<>();
    /** The next page, requested ahead (null when not). */
    private Future<Fetched> ahead;

    /** A page as read: the API's result and its mapped content. */
    private record Fetched(ApiResult result, List<?> content) {
    }

    /**
     * @param firstRequests the first page request of each list, in order
     * @param fetch         performs a request
     * @param map           maps a page's data onto typed results
     * @param maxResults    stop after this many results (0 = all)
     */
    public PagingIterator(List<ApiRequest> firstRequests, Function<ApiRequest, ApiResult> fetch,
                          Function<ApiResult, List<?>> map, int maxResults) {
        this(firstRequests, fetch, map, maxResults, null);
    }

    /**
     * @param readAhead where the next page is requested while the current one is iterated (null: only when the
     *                  caller reaches the end of the current page)
     */
    public PagingIterator(List<ApiRequest> firstRequests, Function<ApiRequest, ApiResult> fetch,
                          Function<ApiResult, List<?>> map, int maxResults, Executor readAhead) {
        this.lists = new ArrayDeque<>(firstRequests);
        this.fetch = fetch;
        this.map = map;
        this.maxResults = maxResults;
        this.readAhead = readAhead;
    }

    /** Fetches the first page now, so that errors such as 401 surface where the request was made. */
    public ApiResult fetchFirstPage() {
        return advance() ? lastResult : null;
    }

    private ApiResult lastResult;

    @Override
    public boolean hasNext() {
        if (maxResults > 0 && returned >= maxResults) {
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        while (!page.hasNext()) {
            if (!advance()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        return page.next();
    }

    /** Requests made so far. */
    public int requests() {
        return requests;
    }

    private boolean advance() {
        Fetched fetched;
        try {
            Future<Fetched> next = ahead != null ? ahead : requestNext(Runnable::run);
            ahead = null;
            if (next == null) {
                return false;
            }
            fetched = await(next);
        } catch (RuntimeException e) {
            failure = e; // the walk cannot go on past a page it could not read: asking again gives the same failure
            throw e;
        }
        lastResult = fetched.result();
        lastPage = lastResult.pageInfo();
        page = fetched.content().iterator();
        if (fetched.content().isEmpty()) {
            lastPage = new PageInfo(null, null, false, null, null);
        }
        if (readAhead != null && (maxResults <= 0 || returned + fetched.content().size() < maxResults)) {
            ahead = requestNext(readAhead); // unless there is none, or maxResults ends within this page
        }
        return true;
    }

    /**
     * Requests the page after the current one on {@code executor} (the caller's thread with {@code Runnable::run});
     * null when there is none.
     */
    private Future<Fetched> requestNext(Executor executor) {
        ApiRequest next;
        try {
            next = nextRequest();
        } catch (PipedriveLeadsException noProgress) {
            return CompletableFuture.failedFuture(noProgress); // after the page in hand, like a page that failed
        }
        if (next == null) {
            return null;
        }
        current = next;
        requests++;
        CompletableFuture<Fetched> future = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                ApiResult result = fetch.apply(next);
                future.complete(new Fetched(result, map.apply(result)));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            task.run(); // the producer stopped while this iterator was walked: read it here, as without read-ahead
        }
        return future;
    }

    /** The page read ahead; its failure is thrown here, where the caller reached it, as it would have been. */
    private static Fetched await(Future<Fetched> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipedriveLeadsException("Interrupted while waiting for the next page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new PipedriveLeadsException("Reading the next page failed", e.getCause());
        }
    }

    private ApiRequest nextRequest() {
        if (current != null && lastPage != null && lastPage.moreItemsInCollection()) {
            String cursor = lastPage.nextCursor();
            if (cursor != null) {
                if (!cursorsSent.add(cursor)) {
                    // a server (or a cache before it) that hands back a cursor already read would be walked forever,
                    // at a token cost per page: a failure is better than an endless walk or a silently short one
                    throw new PipedriveLeadsException("Pipedrive " + current + " answered a next_cursor that this walk"
                                                      + " has read already, after " + requests + " pages: the walk"
                                                      + " stops instead of reading the same pages again");
                }
                return current.withQuery(QueryOption.CURSOR.apiName(), cursor);
            }
            String start = current.query().getOrDefault(QueryOption.START.apiName(), "0");
            if (lastPage.nextStart() != null && lastPage.nextStart() > Integer.parseInt(start)) {
                return current.withQuery(QueryOption.START.apiName(), Integer.toString(lastPage.nextStart()));
            }
        }
        cursorsSent.clear();
        return lists.poll();
    }
}
