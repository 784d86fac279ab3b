/**
 * Benchmarks of the pipeline stages ({@link dev.docloc.bench.Stages}, JMH) and of the whole job;
 * run by hand, {@code bench/stages} or {@code bench/run}. The test suite only checks that the
 * stages measure what they claim ({@code StagesTest}), never a time.
 */
package dev.docloc.bench;
