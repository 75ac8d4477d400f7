/**
 * The database under the levels: one {@code Database} type over an in-memory H2 (in-process or
 * over TCP) or the program's own schema in a PostgreSQL database, with the differences in one
 * small {@code Backend} each, and the schema without silent indexes. The p6spy listener every
 * statement passes through and the simulated network round trip are in db.spy. Uses capture (to
 * report statements) and the domain (the entities Hibernate maps).
 */
package dev.ormplayground.db;
