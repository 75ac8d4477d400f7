/**
 * What a run sent to the database: each JDBC statement captured through p6spy with its SQL, bound
 * values, time and rows (StatementCapture, CapturedStatement), statements grouped by shape to
 * show an N+1 (StatementGroup), similar and duplicate statements in django-debug-toolbar's terms
 * (StatementRepeats), and SQL formatting. Uses nothing of the program but itself.
 */
package dev.ormplayground.capture;
