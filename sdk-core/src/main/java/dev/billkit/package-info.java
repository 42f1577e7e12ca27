/**
 * The Billkit client: {@link dev.billkit.BillkitClient} and the values that travel with a call
 * ({@link dev.billkit.RequestOptions}, {@link dev.billkit.ApiResponse}, {@link dev.billkit.Page}).
 *
 * <p>Everything in this package is immutable and thread-safe unless its Javadoc says otherwise
 * (builders are not). Accessors never return {@code null}; optional values are {@link
 * java.util.Optional}. Packages under {@code dev.billkit.internal} are not API and may change in
 * any release.
 */
package dev.billkit;
