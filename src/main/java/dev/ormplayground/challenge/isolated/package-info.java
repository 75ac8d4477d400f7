/**
 * A check run in a JVM of its own: the program starts it with a memory limit, gives it the
 * challenge and the learner's source on its input, and judges only from the events it reports
 * (each data set it opens, where the level runs, each condition). A time limit per data set, an
 * exit before the last event, an out-of-memory or a thread left running each become a failed
 * condition with a sentence; the process is always ended.
 */
package dev.ormplayground.challenge.isolated;
