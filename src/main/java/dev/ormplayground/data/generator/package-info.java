/**
 * Generated blogs: BlogGenerator makes a blog of any size from a seed, the same one every time,
 * with BlogText's sentences; SampleDataWriter writes the committed sample-data folder with it.
 * Uses data and, to write files, data.csv.
 */
package dev.ormplayground.data.generator;
