package dev.ormplayground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * On JDK 24 and later the program starts itself again with the option JavaFX 21's Marlin needs
 * there (unless it has it already); before 24 it never does.
 */
class JvmOptionsTest {

    @Test
    void onlyFromJdk24OnAndWithTheOptionsTheClassPathMainAndTheArguments() {
        boolean hasIt = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().contains(JvmOptions.UNSAFE);
        Optional<List<String>> command = JvmOptions.restartCommand(new String[] {"feed", "--level", "naive"});

        if (Runtime.version().feature() < 24 || hasIt || System.getenv(JvmOptions.AGAIN) != null) {
            assertTrue(command.isEmpty(), command.toString());
            return;
        }
        List<String> words = command.orElseThrow();
        assertTrue(words.contains(JvmOptions.UNSAFE) && words.contains(JvmOptions.NATIVE), words.toString());
        int main = words.indexOf(Main.class.getName());
        assertEquals(System.getProperty("java.class.path"), words.get(main - 1));
        assertEquals(List.of("feed", "--level", "naive"), words.subList(main + 1, words.size()));
    }
}
