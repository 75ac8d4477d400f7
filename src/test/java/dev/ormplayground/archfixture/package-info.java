/**
 * Classes that break the architecture rules on purpose, so {@code ArchitectureTest} can show that
 * each rule still finds what it is meant to find. Test sources only; nothing uses them.
 */
package dev.ormplayground.archfixture;
