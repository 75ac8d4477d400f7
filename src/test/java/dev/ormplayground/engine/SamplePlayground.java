package dev.ormplayground.engine;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.run.DataSetSpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One engine on the sample data for all the tests of a class, opened before the first and closed
 * after the last: {@code @RegisterExtension static final SamplePlayground sample = new SamplePlayground();}.
 */
public final class SamplePlayground implements BeforeAllCallback, AfterAllCallback {

    private Playground playground;

    @Override
    public void beforeAll(ExtensionContext context) {
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        playground.close();
    }

    public Playground playground() {
        if (playground == null) {
            throw new IllegalStateException("register it as a static extension: it opens before all tests");
        }
        return playground;
    }
}
