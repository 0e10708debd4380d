/**
 * Measures DealGraph: a generator of realistic synthetic corpora and the benchmarks of extraction, ingest, query
 * serving and startup that run on them, each appending its dated figures to {@code BENCHMARKS.md}.
 *
 * <p>Delivery sits at the edge here as elsewhere: {@link dev.dealgraph.bench.BenchCommand} and its small
 * subcommand classes parse options, the generator and the probes do the work, and {@code Log} writes the rows.
 */
package dev.dealgraph.bench;
