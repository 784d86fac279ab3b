/**
 * Reliability and security tests: fuzzing of extract and merge ({@code MarkdownFuzzTest}), a
 * catalogue of bad inputs through the command line ({@code BadInputIT}), crash safety under
 * SIGKILL ({@code CrashSafetyIT}), concurrent runs ({@code ConcurrencyIT}) and hostile content
 * ({@code SecurityIT}).
 */
package dev.docloc.reliability;
