package dev.ormplayground.play;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * The class loader of one compile: defines the classes javac wrote to memory, and remembers the
 * source they came from, for the code view and the lines of the statements.
 */
final class CompiledClasses extends ClassLoader {

    private final Map<String, ByteArrayOutputStream> classes;
    private final String source;

    CompiledClasses(ClassLoader parent, Map<String, ByteArrayOutputStream> classes, String source) {
        super(parent);
        this.classes = classes;
        this.source = source;
    }

    String source() {
        return source;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] code = bytes.toByteArray();
        return defineClass(name, code, 0, code.length);
    }
}
