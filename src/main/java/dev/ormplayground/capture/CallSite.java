package dev.ormplayground.capture;

import java.util.Optional;

/**
 * Where the code a recording attributes statements to sent one of them: the innermost frame of
 * that code's class on the calling thread's stack when the statement ran. For a lazy load that is
 * the line that touched the proxy or the collection; for a query, the line that ran it.
 *
 * @param fileName   the source file of the frame, e.g. {@code NaiveFeed.java}
 * @param line       its line number, from 1
 * @param methodName the method the frame is in; {@code lambda$...} for a lambda's body
 */
public record CallSite(String fileName, int line, String methodName) {

    /** A statement the attributed code did not send, or a recording that attributes nothing. */
    public static final CallSite NONE = new CallSite("", 0, "");

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    public boolean known() {
        return line > 0;
    }

    /** In the body of a lambda: the line of the expression itself, not of the statement around it. */
    public boolean inLambda() {
        return methodName.startsWith("lambda$");
    }

    /** The innermost frame of {@code type} (or a class nested in it) on this thread's stack, or NONE. */
    static CallSite onStack(Class<?> type) {
        Optional<StackWalker.StackFrame> frame = STACK.walk(frames -> frames
                .filter(f -> f.getDeclaringClass() == type || f.getDeclaringClass().getNestHost() == type)
                .findFirst());
        return frame.filter(f -> f.getLineNumber() > 0 && f.getFileName() != null)
                .map(f -> new CallSite(f.getFileName(), f.getLineNumber(), f.getMethodName()))
                .orElse(NONE);
    }

    /**
     * The innermost frame of {@code type} (or a class nested in it) in where {@code failure} was
     * thrown, looking through its causes from the outermost; NONE when the type is not on them.
     */
    public static CallSite thrownIn(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String name = frame.getClassName();
                if ((name.equals(type.getName()) || name.startsWith(type.getName() + "$"))
                        && frame.getLineNumber() > 0 && frame.getFileName() != null) {
                    return new CallSite(frame.getFileName(), frame.getLineNumber(), frame.getMethodName());
                }
            }
        }
        return NONE;
    }
}
