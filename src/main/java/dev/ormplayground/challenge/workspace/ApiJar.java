package dev.ormplayground.challenge.workspace;

import dev.ormplayground.files.SafeFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The level API as a jar: the classes of the packages a level's source imports (the levels, with
 * their detours, and the domain), copied from the running program's own classes, a folder or a
 * jar. Those packages use nothing of the program beyond themselves (the architecture test holds
 * the levels to it), so the jar compiles a level alone with Hibernate and JPA.
 */
final class ApiJar {

    /** The packages, as folders of class files. */
    static final List<String> PACKAGES = List.of("dev/ormplayground/levels/", "dev/ormplayground/domain/");

    private ApiJar() {
    }

    /** Writes the jar {@code target} of the API classes in {@code program}; replaces the one there. */
    static void write(Path program, Path target) {
        List<Entry> entries = Files.isDirectory(program) ? fromFolder(program) : fromJar(program);
        if (entries.stream().noneMatch(entry -> entry.name().equals("dev/ormplayground/levels/FeedLevel.class"))) {
            throw new IllegalStateException("No level API in " + program + ": FeedLevel.class is not in it");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Created-By"), "ORM Playground challenge workspace");
        SafeFileWriter.write(target, SafeFileWriter.IfExists.REPLACE, out -> {
            JarOutputStream jar = new JarOutputStream(out, manifest);
            for (Entry entry : entries) {
                JarEntry written = new JarEntry(entry.name());
                jar.putNextEntry(written);
                jar.write(entry.bytes());
                jar.closeEntry();
            }
            jar.finish();
        });
    }

    private record Entry(String name, byte[] bytes) {
    }

    private static boolean wanted(String name) {
        return name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static List<Entry> fromFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (wanted(name)) {
                    entries.add(new Entry(name, Files.readAllBytes(file)));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the program's classes in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Entry> fromJar(Path jarFile) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            List<Entry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                if (!entry.isDirectory() && wanted(entry.getName())) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.add(new Entry(entry.getName(), in.readAllBytes()));
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the program's classes in " + jarFile + ": " + e.getMessage(), e);
        }
    }
}
