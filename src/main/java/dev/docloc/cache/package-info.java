/**
 * The content-hash cache under a project's {@code target/docloc-cache/}: results of per-page work
 * ({@code check} findings, {@code build} pages, link-check data) keyed by a hash of everything the
 * result depends on, so that a run after a one-page change redoes only that page.
 *
 * <p>The cache is only ever an optimisation: a missing, damaged or foreign cache file makes a run
 * slower, never different. Every file starts with a header naming the code that wrote it, and a
 * different build of docloc ignores it.
 */
package dev.docloc.cache;
