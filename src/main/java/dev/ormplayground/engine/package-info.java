/**
 * The facade every face calls: a Playground is one loaded data set with its database, ladder and
 * runner, able to run, show, benchmark, settle, explain and cancel its levels, run a console query
 * and check a level's HQL; PagePlans sets two levels' page query plans side by side; ScalingSweep
 * measures levels on data sets of growing size and CaptureCost measures what the SQL capture
 * costs. Uses bench, run, run.plan, ladder, levels, play, data, data.load, db, capture and format.
 */
package dev.ormplayground.engine;
