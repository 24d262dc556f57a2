package no.tavla.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tavla started as an operator starts it: its own JVM, from {@code main}, configured only through environment
 * variables, with everything it prints kept. For what only a whole start shows: the log lines, the order of start-up
 * checks, the first line of output.
 */
public final class TavlaProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private TavlaProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    /**
     * Starts Tavla with exactly these environment variables (beside PATH and HOME) and JVM options, on the
     * application's classpath without the test classes.
     */
    public static TavlaProcess start(Map<String, String> environment, List<String> jvmOptions) {
        return start(applicationClassPath(), environment, jvmOptions, List.of());
    }

    /** Starts Tavla on the given classpath, with these environment variables, JVM options and arguments. */
    public static TavlaProcess start(String classPath, Map<String, String> environment, List<String> jvmOptions,
                                     List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("no.tavla.TavlaApplication");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        String home = env.get("HOME");
        env.clear();
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        if (home != null) {
            env.put("HOME", home);
        }
        env.putAll(environment);
        try {
            return new TavlaProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The libraries the production jar leaves out (see the repackage excludes in pom.xml) and the test-only ones: a
     * production start must not need any of them.
     */
    static final List<String> NOT_IN_PRODUCTION = List.of("/ch/vorburger/", "/no/nav/security/", "/org/jetbrains/",
            "/com/squareup/", "/io/netty/", "/com/github/mvysny/", "/junit/", "/org/junit/", "/com/microsoft/playwright/",
            "/org/verapdf/", "/org/mockito/", "/org/assertj/", "/com/tngtech/", "/io/github/microutils/",
            "/jackson-module-kotlin/");

    /** The classpath this test runs on, without test classes and without what production leaves out. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("java.class.path");
        return Stream.of(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .filter(entry -> NOT_IN_PRODUCTION.stream().noneMatch(entry.replace('\\', '/')::contains))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** Waits until a line matches (true), or the process ends or the time is up (false). */
    public boolean awaitLine(Predicate<String> line, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (lines.stream().anyMatch(line)) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(5_000);
                return lines.stream().anyMatch(line);
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it is still running after the time. */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            return -1;
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** The process itself, for its CPU time and its descendants (the embedded MariaDB). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Everything printed so far, one entry per line. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String output() {
        return String.join("\n", lines);
    }

    /** Stops it as an orchestrator does (SIGTERM, then the graceful shutdown), and waits for the last lines. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(5_000);
    }
}
