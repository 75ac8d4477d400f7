/**
 * The database under the levels: an in-memory H2 (in-process or over TCP), its schema without
 * silent indexes, the p6spy listener every statement passes through, and the simulated network
 * round trip. Uses data (to load) and capture (to report statements).
 */
package dev.ormplayground.db;
