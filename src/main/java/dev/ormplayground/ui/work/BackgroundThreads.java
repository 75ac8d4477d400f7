package dev.ormplayground.ui.work;

import java.util.concurrent.ThreadFactory;

/** Daemon threads with a name, so a closed window never keeps the JVM alive. */
public final class BackgroundThreads {

    private BackgroundThreads() {
    }

    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
