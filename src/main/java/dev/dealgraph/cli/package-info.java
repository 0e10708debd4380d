/**
 * Delivers DealGraph on the command line: the {@code dealgraph} top command and one class per subcommand.
 *
 * <p>Exit codes: 0 when the work succeeded, 1 when it failed, 2 for a wrong command line.
 */
package dev.dealgraph.cli;
