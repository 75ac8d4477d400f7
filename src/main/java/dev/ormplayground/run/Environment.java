package dev.ormplayground.run;

/** The software and machine a measurement was made on, as every report and export states it. */
public record Environment(String jvm, String hibernate, String h2, String os, int cores) {

    public static Environment current() {
        return new Environment(
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                org.hibernate.Version.getVersionString(),
                org.h2.engine.Constants.FULL_VERSION,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }

    /** One line, e.g. for an image footer. */
    public String describe() {
        return "JVM " + jvm + ", Hibernate " + hibernate + ", H2 " + h2 + ", " + os + ", " + cores + " cores";
    }
}
