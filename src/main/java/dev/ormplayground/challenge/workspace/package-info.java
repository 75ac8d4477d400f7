/**
 * A challenge workspace: a Maven project the learner's own IDE opens (IntelliJ IDEA, VS Code,
 * Eclipse), with the open challenges' starters under {@code src/main/java}, the level API (the
 * domain and the levels) as a jar of the running program's own classes in {@code lib/}, and
 * Hibernate and JPA by the paths of the jars the running program uses (LevelLibraries), so it
 * compiles offline wherever the program runs from. Uses the challenges.
 */
package dev.ormplayground.challenge.workspace;
