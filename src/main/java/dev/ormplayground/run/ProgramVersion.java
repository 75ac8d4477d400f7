package dev.ormplayground.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's own version, e.g. {@code 0.1.0-SNAPSHOT}: the jar manifest's
 * {@code Implementation-Version} when run from the jar, else the version the build wrote into
 * {@code program-version.properties} (run from the classes folder, as the tests and an IDE do),
 * else {@code unknown}.
 */
public final class ProgramVersion {

    static final String RESOURCE = "program-version.properties";
    public static final String UNKNOWN = "unknown";

    private static final String VERSION = find();

    private ProgramVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String find() {
        String fromManifest = ProgramVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest.strip();
        }
        try (InputStream in = ProgramVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").strip();
                // Unfiltered (a build that skipped Maven's resources): the placeholder is no version.
                if (!version.isEmpty() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // no version to tell: fall through
        }
        return UNKNOWN;
    }
}
