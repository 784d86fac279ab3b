/**
 * Findings ({@link dev.docloc.report.Issue}) and their output formats: text, JSON, SARIF and HTML
 * ({@link dev.docloc.report.ReportWriter}), the rule catalogue ({@link dev.docloc.report.Rules}) and
 * terminal progress for long runs ({@link dev.docloc.report.Progress}).
 */
package dev.docloc.report;
