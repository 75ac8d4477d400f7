package dev.ormplayground.export;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;

/** {@code report.md}: the comparison picture, the figures as a table, the settings, then each level's card. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String of(BenchReport report, ExportFooter footer) {
        StringBuilder md = new StringBuilder();
        md.append("# The blog feed, level by level\n\n");
        md.append("![Every level of the ladder compared](").append(LadderExport.COMPARISON).append(")\n\n");
        md.append(BenchFormat.MARKDOWN.format(report)).append('\n');
        md.append("Settings: ").append(footer.settingsLine()).append("  \n");
        md.append("Software: ").append(footer.softwareLine()).append("\n\n");
        md.append("## Each level\n");
        for (LevelMeasurement m : report.measurements()) {
            md.append("\n### ").append(m.level().number()).append(' ').append(m.level().id()).append(": ")
                    .append(m.level().title()).append(" (`").append(m.level().articleTool()).append("`)\n\n");
            md.append(m.level().mechanism()).append("\n\n");
            md.append("![").append(m.level().id()).append("](").append(LadderExport.cardName(m.level())).append(")\n");
        }
        return md.toString();
    }
}
