/**
 * Measuring levels: warm-up until the times hold still (SteadyState one level at a time,
 * SteadyTogether several in turns, SteadyCheck deciding, Warmth saying how it went), measured rounds
 * across the levels (LadderBenchmark), order statistics (Stats), the report in table, CSV, JSON
 * and Markdown, and a scaling sweep's points and table. Uses run, run.plan, ladder, db, capture,
 * domain and format, never the engine facade above it.
 */
package dev.ormplayground.bench;
