/** Benchmarks of the pipeline stages and of the whole job; run by hand or by {@code bench/run}, never by the test suite. */
package dev.docloc.bench;
