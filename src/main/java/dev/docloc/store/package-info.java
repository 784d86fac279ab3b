/**
 * The translation store: one XLIFF 2.1 file per page and locale under {@code translations/<locale>/},
 * read and written with Okapi's XLIFF 2 library, updated incrementally by {@code extract}, and a
 * per-locale translation memory that keeps every translation ever stored.
 */
package dev.docloc.store;
