package dev.ormplayground.challenge.workspace;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A written workspace built as its pom says, for the tests: the class path read from the pom
 * alone (its properties, its dependencies' system paths), the starters compiled against exactly
 * that with the JDK's compiler, and Maven itself run on it when it is on the PATH.
 */
public final class WorkspaceBuild {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private WorkspaceBuild() {
    }

    /** The jars the pom of {@code workspace} declares, in its order, each path as Maven interpolates it. */
    public static List<Path> classPath(Path workspace) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document pom = factory.newDocumentBuilder().parse(workspace.resolve("pom.xml").toFile());
        Map<String, String> properties = new HashMap<>();
        properties.put("project.basedir", workspace.toAbsolutePath().toString());
        properties.put("basedir", workspace.toAbsolutePath().toString());
        for (Element holder : children(pom.getDocumentElement(), "properties")) {
            NodeList all = holder.getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element property) {
                    properties.put(property.getTagName(), property.getTextContent().strip());
                }
            }
        }
        List<Path> jars = new ArrayList<>();
        for (Element dependencies : children(pom.getDocumentElement(), "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                String scope = text(dependency, "scope");
                if (!"system".equals(scope)) {
                    throw new AssertionError("a dependency not by path would need a repository: "
                            + text(dependency, "artifactId") + " in scope " + scope);
                }
                jars.add(Path.of(interpolated(text(dependency, "systemPath"), properties)));
            }
        }
        return jars;
    }

    /**
     * The {@code .java} files under the workspace's {@code src/main/java} compiled against
     * {@code classPath} only (no class path of this JVM), into {@code out}; the compiler's messages
     * when it fails, or {@code ""}.
     */
    public static String compile(Path workspace, List<Path> classPath, Path out) throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(workspace.resolve(Workspace.SOURCES))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        if (sources.isEmpty()) {
            return "no source files";
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-encoding", "UTF-8",
                "-Werror", "-Xlint:-options,-removal,-deprecation", "-d", out.toString(),
                "-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        arguments.addAll(sources);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exit = compiler.run(null, messages, messages, arguments.toArray(String[]::new));
        return exit == 0 ? "" : "exit " + exit + ":\n" + messages.toString(StandardCharsets.UTF_8);
    }

    /** {@code mvn} (or {@code mvn.cmd}) on the PATH; none if Maven is not installed. */
    public static Path mavenOnPath() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("mvn", "mvn.cmd")) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Runs {@code mvn -o -q compile} in the workspace with the user's own local repository; its exit code and output. */
    public static String[] mavenCompile(Path maven, Path workspace) throws IOException, InterruptedException {
        Path log = Files.createTempFile("workspace-mvn", ".log");
        try {
            Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
            Process process = new ProcessBuilder(maven.toString(), "-o", "-q", "-B", "compile",
                    "-Dmaven.repo.local=" + repository)
                    .directory(workspace.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new String[] {"timeout", Files.readString(log, StandardCharsets.UTF_8)};
            }
            return new String[] {String.valueOf(process.exitValue()), Files.readString(log, StandardCharsets.UTF_8)};
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String interpolated(String value, Map<String, String> properties) {
        String text = value;
        for (int round = 0; round < 10; round++) {
            Matcher reference = PROPERTY.matcher(text);
            if (!reference.find()) {
                return text;
            }
            String replacement = properties.get(reference.group(1));
            if (replacement == null) {
                throw new AssertionError("the pom names a property it does not define: " + reference.group(1));
            }
            text = text.substring(0, reference.start()) + replacement + text.substring(reference.end());
        }
        throw new AssertionError("properties that refer to each other without end: " + value);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }
}
