/**
 * What every part of loading a blog shares: one record per CSV row (UserRow, PostRow, CommentRow,
 * LikeRow), the BlogRowSink that rows flow into, the progress and report of a load, the limits a
 * text column holds, and the one exception for bad data (DataLoadException, with file and line).
 * The sub-packages read CSV files (csv), generate blogs (generator) and load either into a
 * database (load); they use this package, never the other way. No Hibernate, no JavaFX.
 */
package dev.ormplayground.data;
