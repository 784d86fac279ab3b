/** The {@code docloc} command line: parses arguments, runs the stages, prints, exits. Nothing else. */
package dev.docloc.cli;
