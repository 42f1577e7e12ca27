/**
 * The one hand-written HTTP executor: request building, authentication, idempotency keys, retries
 * with backoff, error mapping, pagination and the async driver. Not API. Generated services only
 * build an {@link dev.billkit.internal.http.ApiRequest} and hand it to a {@link
 * dev.billkit.internal.http.RequestExecutor}.
 */
package dev.billkit.internal.http;
