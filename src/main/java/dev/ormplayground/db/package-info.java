/**
 * The database under the levels: an in-memory H2 (in-process or over TCP), its schema without
 * silent indexes, the p6spy listener every statement passes through, and the simulated network
 * round trip. Uses capture (to report statements) and the domain (the entities Hibernate maps).
 */
package dev.ormplayground.db;
