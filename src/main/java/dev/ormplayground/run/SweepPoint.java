package dev.ormplayground.run;

import dev.ormplayground.bench.BenchReport;

/** The levels measured on one generated data set of a scaling sweep. */
public record SweepPoint(int posts, BenchReport report) {
}
