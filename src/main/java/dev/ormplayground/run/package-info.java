/**
 * One run of one level: FeedRunner opens a session, builds the feed with the level, captures its
 * statements and checks the feed against the naive reference (FeedComparison); RunResult is what
 * came out, DataSetSpec what it ran on, Environment the versions, StatementPlan the database's
 * plan of a statement. Uses levels, db, capture and data.
 */
package dev.ormplayground.run;
