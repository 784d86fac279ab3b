/** Findings ({@link dev.docloc.report.Issue}) and their output formats: text, JSON, SARIF and HTML. */
package dev.docloc.report;
