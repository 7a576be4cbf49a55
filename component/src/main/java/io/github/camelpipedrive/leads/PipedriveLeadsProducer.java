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
package io.github.camelpipedrive.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import io.github.camelpipedrive.leads.client.ApiRequest;
import io.github.camelpipedrive.leads.client.ApiResult;
import io.github.camelpipedrive.leads.client.PageInfo;
import io.github.camelpipedrive.leads.exception.PipedriveApiException;
import io.github.camelpipedrive.leads.exception.PipedriveLeadsException;
import io.github.camelpipedrive.leads.exception.PipedriveValidationException;
import io.github.camelpipedrive.leads.client.RateLimitInfo;
import io.github.camelpipedrive.leads.model.ConversionJob;

import io.github.camelpipedrive.leads.producer.ContactFinder;
import io.github.camelpipedrive.leads.producer.ConversionWaiter;
import io.github.camelpipedrive.leads.producer.LeadIntake;
import io.github.camelpipedrive.leads.producer.CustomFieldNames;
import io.github.camelpipedrive.leads.producer.PagingIterator;
import io.github.camelpipedrive.leads.producer.RequestFactory;
import io.github.camelpipedrive.leads.producer.ResultMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Performs any operation of the table in {@link PipedriveLeadsOperation}: builds and validates the request(s), sends
 * them, maps the result onto the body and sets the pagination and rate-limit headers. With {@code allPages} a list
 * becomes a lazily fetched iterator; with {@code waitForConversion} a conversion is followed to its end.
 */
public class PipedriveLeadsProducer extends DefaultProducer {

    private final PipedriveLeadsEndpoint endpoint;
    private final PipedriveLeadsConfiguration configuration;
    private final RequestFactory requests;
    private final ResultMapper results;
    private final CustomFieldNames customFieldNames;
    private final LeadIntake intake;
    /** Where the next page of an allPages list is requested while the caller walks the current one (or null). */
    private volatile ExecutorService pagesAhead;

    public PipedriveLeadsProducer(PipedriveLeadsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.customFieldNames = configuration.isResolveCustomFieldNames()
                ? new CustomFieldNames(() -> endpoint.customFieldCatalog(false), () -> endpoint.customFieldCatalog(true))
                : null;
        this.requests = new RequestFactory(endpoint.getMapper(), customFieldNames);
        this.results = new ResultMapper(endpoint.getMapper());
        this.intake = new LeadIntake(new ContactFinder(endpoint::getApiClient, results, endpoint.getMapper(),
                endpoint.getComponent().recentContacts(), endpoint.getComponent().contactLocks()),
                endpoint.getMapper());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.isAllPages() && configuration.isReadAhead()) {
            pagesAhead = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newCachedThreadPool(this, "PipedriveLeadsPagesAhead");
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (pagesAhead != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(pagesAhead);
            pagesAhead = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PipedriveLeadsOperation op = resolveOperation(exchange);
        List<OperationRequest> built = requests.create(op, exchange, configuration);
        Message message = exchange.getMessage();
        if (op.row().findOrCreate() != null) {
            message.setBody(intake.findOrCreate(op, built.get(0), message, configuration));
            return;
        }
        LeadIntake.Resolved contacts = null;
        if (op.row().hasIntake()) {
            contacts = intake.resolve(op, built.get(0), message, configuration);
            built = List.of(contacts.request());
        }
        List<ApiRequest> calls = built.size() == 1 ? List.of(built.get(0).toApiRequest())
                : built.stream().map(OperationRequest::toApiRequest).toList();
        if (configuration.isAllPages() && op.isPaged()) {
            streamAllPages(op, calls, message);
            return;
        }
        List<Object> bodies = new ArrayList<>(calls.size());
        PageInfo page = null;
        boolean moreItems = false;
        Integer nextStart = null;
        ApiResult result = null;
        for (ApiRequest call : calls) {
            try {
                result = endpoint.getApiClient().call(call, op.successStatus(), results.streamedType(op));
            } catch (PipedriveApiException e) {
                if (e.getStatusCode() == 404 && op.isNotFoundAsEmpty() && configuration.isNotFoundAsEmptyBody()) {
                    copyRateLimitHeaders(message, e.getRateLimit());
                    message.setHeader(PipedriveLeadsConstants.HTTP_STATUS, 404);
                    message.setBody(null);
                    return;
                }
                throw contacts == null ? e : contacts.failed(e);
            } catch (RuntimeException e) {
                throw contacts == null ? e : contacts.failed(e);
            }
            bodies.add(results.map(op, result));
            page = result.pageInfo();
            moreItems |= page.moreItemsInCollection();
            if (page.nextStart() != null) {
                nextStart = nextStart == null ? page.nextStart() : Math.max(nextStart, page.nextStart());
            }
        }
        message.setHeader(PipedriveLeadsConstants.HTTP_STATUS, result.status());
        copyRateLimitHeaders(message, result.rateLimit());
        if (op.isListResult()) {
            setPageHeaders(message, page, moreItems, nextStart);
        }
        Object body = bodies.size() == 1 ? bodies.get(0) : concat(bodies);
        if (op.isConversion()) {
            body = afterConversion(op, built.get(0), (ConversionJob) body, message);
        }
        if (customFieldNames != null) {
            customFieldNames.enrich(body);
        }
        message.setBody(body);
    }

    private void streamAllPages(PipedriveLeadsOperation op, List<ApiRequest> calls, Message message) {
        PagingIterator iterator = new PagingIterator(calls, call -> endpoint.getApiClient().call(call,
                op.successStatus(), results.streamedType(op)), page -> enriched((List<?>) results.map(op, page)),
                configuration.getMaxResults(), pagesAhead);
        ApiResult first = iterator.fetchFirstPage();
        if (first != null) {
            message.setHeader(PipedriveLeadsConstants.HTTP_STATUS, first.status());
            copyRateLimitHeaders(message, first.rateLimit());
        }
        message.setBody(iterator);
    }

    private List<?> enriched(List<?> page) {
        if (customFieldNames != null) {
            customFieldNames.enrich(page);
        }
        return page;
    }

    private Object afterConversion(PipedriveLeadsOperation op, OperationRequest started, ConversionJob job,
            Message message) {
        if (job == null || job.getConversionId() == null) {
            throw new PipedriveLeadsException("Pipedrive " + op.name() + " answered without a conversion_id");
        }
        message.setHeader(PipedriveLeadsConstants.CONVERSION_ID, job.getConversionId());
        if (!configuration.isWaitForConversion()) {
            return job;
        }
        return new ConversionWaiter(endpoint.getApiClient(), results, configuration.getConversionTimeout(),
                configuration.getConversionPollInterval()).await(op, started, job);
    }

    private static List<Object> concat(List<Object> lists) {
        List<Object> all = new ArrayList<>();
        lists.forEach(l -> all.addAll((List<?>) l));
        return all;
    }

    private PipedriveLeadsOperation resolveOperation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(PipedriveLeadsConstants.OPERATION);
        if (header == null) {
            return configuration.getOperation();
        }
        if (header instanceof PipedriveLeadsOperation) {
            return (PipedriveLeadsOperation) header;
        }
        try {
            return PipedriveLeadsOperation.valueOf(header.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new PipedriveValidationException(PipedriveLeadsConstants.OPERATION,
                    "'" + header + "' is not an operation; valid: " + List.of(PipedriveLeadsOperation.values()));
        }
    }

    private static void setPageHeaders(Message message, PageInfo page, boolean moreItems, Integer nextStart) {
        if (page.start() != null) {
            message.setHeader(PipedriveLeadsConstants.PAGINATION_START, page.start());
        }
        if (page.limit() != null) {
            message.setHeader(PipedriveLeadsConstants.PAGINATION_LIMIT, page.limit());
        }
        message.setHeader(PipedriveLeadsConstants.MORE_ITEMS, moreItems);
        if (nextStart != null) {
            message.setHeader(PipedriveLeadsConstants.NEXT_START, nextStart);
        } else {
            message.removeHeader(PipedriveLeadsConstants.NEXT_START);
        }
        if (page.nextCursor() != null) {
            message.setHeader(PipedriveLeadsConstants.NEXT_CURSOR, page.nextCursor());
        } else {
            message.removeHeader(PipedriveLeadsConstants.NEXT_CURSOR);
        }
    }

    /** The rate-limit headers, unless the endpoint says no route wants them (rateLimitHeaders=false). */
    private void copyRateLimitHeaders(Message message, RateLimitInfo rateLimit) {
        if (configuration.isRateLimitHeaders()) {
            setRateLimitHeaders(message, rateLimit);
        }
    }

    static void setRateLimitHeaders(Message message, RateLimitInfo rateLimit) {
        if (rateLimit == null) {
            return;
        }
        setIfPresent(message, PipedriveLeadsConstants.RATE_LIMIT_LIMIT, rateLimit.limit());
        setIfPresent(message, PipedriveLeadsConstants.RATE_LIMIT_REMAINING, rateLimit.remaining());
        setIfPresent(message, PipedriveLeadsConstants.RATE_LIMIT_RESET, rateLimit.resetSeconds());
        setIfPresent(message, PipedriveLeadsConstants.DAILY_TOKENS_REMAINING, rateLimit.dailyTokenRemaining());
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }

}
