/**
 * Writing the user's files whole or not at all: the exports' pictures and reports, and the
 * levels the user writes; watching a level file for saves. The bottom of the engine: depends on the JDK only.
 */
package dev.ormplayground.files;
