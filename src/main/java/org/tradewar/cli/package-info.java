/**
 * The command line (picocli): one top-level command, one thin class per subcommand that parses
 * options, builds a request and calls the library. Exit codes: 0 success, 1 internal error or
 * failed work, 2 bad input.
 */
package org.tradewar.cli;
