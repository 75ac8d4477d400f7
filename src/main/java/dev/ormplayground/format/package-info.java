/**
 * How numbers read in every face (window, pictures, command line): durations with their unit,
 * in microseconds when they are tiny, and counted words in the singular or plural. Uses nothing
 * of the program.
 */
package dev.ormplayground.format;
