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
import java.util.function.Function;

import io.github.camelpipedrive.leads.QueryOption;
import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PageInfo;

/**
 * Every result of one or more list requests, fetched page by page while it is iterated: offset pages follow
 * {@code next_start}, v2 pages follow {@code next_cursor}; a page that is empty or says there is no more ends the
 * list. Holds one page at a time, so memory does not grow with the number of results.
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

    /**
     * @param firstRequests the first page request of each list, in order
     * @param fetch         performs a request
     * @param map           maps a page's data onto typed results
     * @param maxResults    stop after this many results (0 = all)
     */
    public PagingIterator(List<ApiRequest> firstRequests, Function<ApiRequest, ApiResult> fetch,
                          Function<ApiResult, List<?>> map, int maxResults) {
        this.lists = new ArrayDeque<>(firstRequests);
        this.fetch = fetch;
        this.map = map;
        this.maxResults = maxResults;
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
        ApiRequest next = nextRequest();
        if (next == null) {
            return false;
        }
        current = next;
        lastResult = fetch.apply(next);
        requests++;
        List<?> results = map.apply(lastResult);
        lastPage = lastResult.pageInfo();
        page = results.iterator();
        if (results.isEmpty()) {
            lastPage = new PageInfo(null, null, false, null, null);
        }
        return true;
    }

    private ApiRequest nextRequest() {
        if (current != null && lastPage != null && lastPage.moreItemsInCollection()) {
            if (lastPage.nextCursor() != null) {
                return current.withQuery(QueryOption.CURSOR.apiName(), lastPage.nextCursor());
            }
            String start = current.query().getOrDefault(QueryOption.START.apiName(), "0");
            if (lastPage.nextStart() != null && lastPage.nextStart() > Integer.parseInt(start)) {
                return current.withQuery(QueryOption.START.apiName(), Integer.toString(lastPage.nextStart()));
            }
        }
        return lists.poll();
    }
}
