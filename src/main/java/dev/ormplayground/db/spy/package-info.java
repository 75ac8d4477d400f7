/**
 * What sits between Hibernate and the database: the p6spy listener that hands every statement and
 * row to the capture, the simulated network round trip, and how p6spy writes bound values.
 * Uses capture.
 */
package dev.ormplayground.db.spy;
