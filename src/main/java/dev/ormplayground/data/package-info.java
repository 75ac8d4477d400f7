/**
 * The blog's data on disk and in memory: the sample-data CSV contract (BlogCsv), strict CSV
 * reading and writing, the deterministic generator, and the loader that feeds rows into a
 * database through a BlogRowSink. Uses the domain's shape only; no Hibernate, no JavaFX.
 */
package dev.ormplayground.data;
