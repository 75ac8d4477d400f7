/**
 * One run of one level: FeedRunner opens a fresh session, lets the level's kind of run
 * (run.kind) build the feed, captures its statements, times it and checks the feed against the
 * naive reference (FeedComparison); RunResult is what came out, with each statement's line of
 * the level's code (SourceLines, StatementSource, LineCost) and what the run did with Hibernate's
 * caches (CacheWatch, CacheFigures). Also what a run is made on: DataSetSpec (which blog),
 * Environment and ProgramVersion (which software), and the failures told in a learner's words
 * (LevelFailedException, OwnTransaction, NPlusOneHint). Runs are serialized: never two at once.
 * The plans of a run's statements are in run.plan. Uses levels, ladder, domain, db, capture, play
 * and format.
 */
package dev.ormplayground.run;
