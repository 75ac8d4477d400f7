/**
 * The facade every face calls: a Playground is one loaded data set with its ladder, able to run,
 * benchmark, explain and settle its levels; ScalingSweep measures levels on data sets of growing
 * size and CaptureCost measures what the SQL capture costs. Uses run, bench, data.load, db,
 * capture and format.
 */
package dev.ormplayground.engine;
