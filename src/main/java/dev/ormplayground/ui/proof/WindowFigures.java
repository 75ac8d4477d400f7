package dev.ormplayground.ui.proof;

import java.util.List;

/**
 * What the window showed while {@link WindowDriver} drove it: per level the latencies of its
 * warm runs, Run once and Live; when it was warm; what its FX thread cost per Live run; and what
 * it cost idle.
 *
 * @param warmUpSeconds          how long the window's warm-up took, from its start to its end
 * @param firstWarmRunSeconds    when the first warm run was shown, in seconds since the JVM started
 * @param fxCpuMillisPerLiveRun  CPU time of the FX thread per Live run, all levels together
 * @param idle                   CPU over {@link IdleCost#seconds()} with nothing happening
 */
public record WindowFigures(String toolkit, String settings, double warmUpSeconds, double firstWarmRunSeconds,
                            List<LevelFigures> levels, double fxCpuMillisPerLiveRun, IdleCost idle) {

    /** One level's warm runs in milliseconds, and how many of its runs were not warm. */
    public record LevelFigures(String levelId, int number, List<Double> once, List<Double> live, int coldRuns) {
    }

    /** Shares of one core over a quiet spell: the whole process, the FX thread, the renderer. */
    public record IdleCost(double seconds, double processPercent, double fxPercent, double rendererPercent) {
    }
}
