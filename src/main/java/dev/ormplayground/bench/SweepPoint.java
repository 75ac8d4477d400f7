package dev.ormplayground.bench;


/** The levels measured on one generated data set of a scaling sweep. */
public record SweepPoint(int posts, BenchReport report) {
}
