/**
 * Measuring levels: warm-up until the times hold still (SteadyState, Warmth), measured rounds
 * across the levels (LadderBenchmark), order statistics (Stats), and the report in table, CSV,
 * JSON and Markdown. Uses run, levels, db, capture and format, never the engine facade above it.
 */
package dev.ormplayground.bench;
