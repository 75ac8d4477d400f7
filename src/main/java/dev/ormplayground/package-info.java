/**
 * The program's entry point: Main opens the window, or runs a command of the command line when
 * given one; JvmOptions first starts the program again with the JVM options it needs where the JDK
 * would warn without them. Everything else lives in the packages below; the engine packages
 * never depend on the faces (ui, render, cli), and ArchitectureTest keeps it so.
 */
package dev.ormplayground;
