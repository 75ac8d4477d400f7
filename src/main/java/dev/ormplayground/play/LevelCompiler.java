package dev.ormplayground.play;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a level a user wrote, in this process, with the JDK's own compiler, and makes one:
 * any public class implementing {@link FeedLevel} with a public no-argument constructor, in any
 * package. The class bytes stay in memory, in a class loader of their own per compile, so a
 * level compiled again is a new class. A compile error is a {@link LevelCompileException}
 * listing {@code FILE.java:LINE: message}; nothing runs.
 */
public final class LevelCompiler {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private LevelCompiler() {
    }

    /** Whether this Java runtime has a compiler: a JDK does, a bare JRE does not. */
    public static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * The level in {@code source}, a file named {@code fileName} (e.g. {@code MyFeed.java}: the
     * class is the file's name, as javac wants for a public class).
     */
    public static FeedLevel compile(String fileName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java runtime has no compiler (a JRE): levels you write need a JDK 17");
        }
        String simpleName = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Matcher declared = PACKAGE.matcher(source);
        String className = declared.find() ? declared.group(1) + "." + simpleName : simpleName;

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        boolean compiled;
        // closed after each compile: it holds the class path's jars open, and a user compiles at every edit
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                                                           FileObject sibling) {
                    return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                        @Override
                        public OutputStream openOutputStream() {
                            return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                        }
                    };
                }
            };
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            // -g: a NullPointerException names the user's variable, not <local3>
            List<String> options = List.of("-classpath", ProgramClassPath.joined(), "-proc:none", "-encoding", "UTF-8", "-g");
            compiled = compiler.getTask(null, inMemory, diagnostics, options, null, List.of(file)).call();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the compiler's files", e);
        }
        if (!compiled) {
            List<CompileProblem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(new CompileProblem(fileName, (int) Math.max(1, d.getLineNumber()),
                            (int) Math.max(0, d.getColumnNumber()),
                            d.getMessage(Locale.ROOT).lines().findFirst().orElse("")));
                }
            }
            throw new LevelCompileException(problems);
        }
        return instantiate(fileName, source, className, new CompiledClasses(LevelCompiler.class.getClassLoader(), classes, source));
    }

    private static FeedLevel instantiate(String fileName, String source, String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new LevelCompileException(atClass(fileName, source, "no class " + className + " in it (a public class"
                    + " must be named as its file)"));
        }
        if (!FeedLevel.class.isAssignableFrom(type) || !Modifier.isPublic(type.getModifiers())) {
            throw new LevelCompileException(atClass(fileName, source, className + " must be a public class implementing "
                    + FeedLevel.class.getName()));
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return (FeedLevel) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new LevelCompileException(atClass(fileName, source, className
                    + " needs a public constructor without arguments"));
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new LevelCompileException(atClass(fileName, source, "its constructor failed: " + cause));
        }
    }

    /** A problem of the class as a whole, at the line that declares it (the first line if none does). */
    private static List<CompileProblem> atClass(String fileName, String source, String message) {
        String simpleName = fileName.replaceFirst("\\.java$", "");
        List<String> lines = source.lines().toList();
        int line = 1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(".*\\b(class|record|interface|enum)\\s+" + Pattern.quote(simpleName) + "\\b.*")) {
                line = i + 1;
                break;
            }
        }
        return List.of(new CompileProblem(fileName, line, 0, message));
    }

    /** The number of a level the user wrote, the first of them: past the ladder's and the detours', so no digit key reaches it. */
    public static final int USER_LEVEL_NUMBER = Level.FIRST_USER_NUMBER;

    /**
     * Reads and compiles a {@code .java} file into a level: its id is the class's name in
     * kebab case ({@code MyFeed} is {@code my-feed}), checked like any level against naive.
     */
    public static Level level(Path file) throws IOException {
        return level(file.getFileName().toString(), Files.readString(file), "written by you: " + file.getFileName(),
                USER_LEVEL_NUMBER);
    }

    /**
     * The level in {@code source}, compiled as the file {@code fileName}; {@code mechanism} says
     * where it came from; {@code number} (from {@value #USER_LEVEL_NUMBER}) picks its colour.
     */
    public static Level level(String fileName, String source, String mechanism, int number) {
        FeedLevel feed = compile(fileName, source);
        String name = feed.getClass().getSimpleName();
        return new Level(number, idOf(name), name, "your code", mechanism, List.of(), feed);
    }

    /** A class name in kebab case: {@code MyFeed} is {@code my-feed}. */
    public static String idOf(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
