/**
 * The sample-data CSV files: their contract (BlogCsv), strict UTF-8 and RFC 4180 reading with the
 * file, line and column of every problem (CsvFile, CsvRow, StrictUtf8Reader), and the reader and
 * writer of a whole blog (CsvBlogReader, CsvBlogWriter). Uses data and Commons CSV.
 */
package dev.ormplayground.data.csv;
