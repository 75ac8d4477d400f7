package dev.ormplayground.challenge.workspace;

import dev.ormplayground.challenge.workspace.LevelLibraries.Library;
import java.util.List;

/**
 * The workspace's {@code pom.xml}: a plain jar project at Java 17 whose dependencies are jars
 * named by path ({@code system} scope), so Maven resolves nothing and compiles offline, and an
 * IDE imports them onto the class path. Each path is a property at the top, where a learner sees
 * (and may change) it. The two plugins the phases up to {@code compile} run are pinned to the
 * versions the program's own build uses, so they are in the local repository of a machine that
 * built it.
 */
final class WorkspacePom {

    static final String GROUP_ID = "my.levels";
    static final String ARTIFACT_ID = "my-levels";
    static final String API_PROPERTY = "orm-playground-api.jar";
    static final String COMPILER_PLUGIN = "3.14.0";
    static final String RESOURCES_PLUGIN = "3.3.1";

    private WorkspacePom() {
    }

    /** The pom of a workspace whose level API is {@code lib/}{@code apiJarName} and whose libraries are {@code libraries}. */
    static String of(String apiJarName, List<Library> libraries) {
        StringBuilder properties = new StringBuilder();
        StringBuilder dependencies = new StringBuilder();
        properties.append(property(API_PROPERTY, "${project.basedir}/lib/" + apiJarName));
        dependencies.append(dependency("dev.ormplayground", "orm-playground-api", "1", API_PROPERTY));
        for (Library library : libraries) {
            String name = library.artifactId() + ".jar";
            properties.append(property(name, library.jar().toString()));
            dependencies.append(dependency(library.groupId(), library.artifactId(), library.version(), name));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by ORM Playground (challenge workspace), and written again each time it runs:
                     keep your own changes in src/. Open this folder in your IDE as a Maven project,
                     or compile it with: mvn -o compile -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <name>My ORM Playground levels</name>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <!-- What a level compiles against: the level API (the program's domain and levels) and the
                         jars of the libraries the program runs with, by path, so nothing is downloaded. -->
                %s  </properties>

                  <dependencies>
                %s  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <release>17</release>
                          <!-- as the program compiles a level: no annotation processors -->
                          <proc>none</proc>
                        </configuration>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(GROUP_ID, ARTIFACT_ID, properties, dependencies, COMPILER_PLUGIN, RESOURCES_PLUGIN);
    }

    private static String property(String name, String value) {
        return "    <" + name + ">" + xml(value) + "</" + name + ">\n";
    }

    private static String dependency(String groupId, String artifactId, String version, String pathProperty) {
        return "    <dependency>\n"
                + "      <groupId>" + xml(groupId) + "</groupId>\n"
                + "      <artifactId>" + xml(artifactId) + "</artifactId>\n"
                + "      <version>" + xml(version) + "</version>\n"
                + "      <scope>system</scope>\n"
                + "      <systemPath>${" + pathProperty + "}</systemPath>\n"
                + "    </dependency>\n";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
