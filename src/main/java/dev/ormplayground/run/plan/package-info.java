/**
 * The database's plans of a run's statements: StatementPlan (one per shape), PlanSummary (a plan's
 * verdict), PageQuery (the statement that reads the page of posts) and SqlColumns (the columns a
 * statement names). Uses run and capture.
 */
package dev.ormplayground.run.plan;
