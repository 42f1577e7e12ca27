/**
 * Plumbing of the Billkit client. <b>Not API</b>: nothing under {@code dev.billkit.internal} is
 * covered by compatibility promises, and it may change in any release. The few public types here
 * exist only so that generated services (in other packages) can reach the one hand-written
 * executor.
 */
package dev.billkit.internal;
