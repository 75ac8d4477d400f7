/**
 * Challenges: a goal, a starter level to edit, hints, and a check that runs the learner's level on
 * the sample data and on a hidden generated data set and judges each condition with its figure
 * (ChallengeChecker, Checklist). Challenges are YAML files (ChallengeFile), the program's own and
 * an instructor's (Challenges); passes are kept per user (ChallengeProgress). Uses the engine.
 * The faces never run a learner's level here: they check it in a JVM of its own ({@code isolated}),
 * which runs this package's checker.
 */
package dev.ormplayground.challenge;
