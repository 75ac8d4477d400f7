package dev.ormplayground.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench} in a JVM of its own, as a user would start it: the same java, the same class
 * path, the given options plus {@code --format json}. Its medians are what the window's figures
 * are held against.
 */
final class BenchInChildProcess {

    /** Per level id its median in ms, and how long the child's JVM took to be steady. */
    record Result(Map<String, Double> medians, double settleSeconds, boolean settled) {
    }

    private BenchInChildProcess() {
    }

    static Result run(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ProgramEntry.mainClass());
        command.add("bench");
        command.addAll(options);
        command.add("--format");
        command.add("json");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("bench in its own process exited with " + exit);
        }
        JsonNode root = new ObjectMapper().readTree(out);
        Map<String, Double> medians = new LinkedHashMap<>();
        for (JsonNode level : root.path("levels")) {
            medians.put(level.path("level").asText(), level.path("median_ms").asDouble());
        }
        return new Result(medians, root.path("settle_s").asDouble(), root.path("settled").asBoolean());
    }
}
