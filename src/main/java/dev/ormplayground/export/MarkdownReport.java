package dev.ormplayground.export;

import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.ladder.Ladder;

/**
 * {@code report.md}: the comparison picture, the figures as a table, the settings, then each
 * level with its pictures; only the pictures the export wrote, each in the first format it wrote
 * that a Markdown viewer shows (PNG or SVG), a PDF as a link.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String of(BenchReport report, ExportFooter footer, Ladder ladder, LadderExport.Choice choice) {
        StringBuilder md = new StringBuilder();
        md.append("# The blog feed, level by level\n\n");
        if (choice.wants(PictureKind.COMPARISON)) {
            md.append(picture("Every level of the ladder compared", LadderExport.COMPARISON, choice)).append("\n\n");
        }
        md.append(BenchFormat.MARKDOWN.format(report)).append('\n');
        md.append("Settings: ").append(footer.settingsLine()).append("  \n");
        md.append("Software: ").append(footer.softwareLine()).append("\n\n");
        if (choice.wants(PictureKind.LATENCY)) {
            md.append(picture("Latency per run, level by level", LadderExport.LATENCY, choice)).append("\n\n");
        }
        md.append("## Each level\n");
        for (LevelMeasurement m : report.measurements()) {
            md.append("\n### ").append(m.level().number()).append(' ').append(m.level().id()).append(": ")
                    .append(m.level().title()).append(" (`").append(m.level().articleTool()).append("`)\n\n");
            md.append(m.level().mechanism()).append("\n\n");
            if (choice.wants(PictureKind.CARDS)) {
                md.append(picture(m.level().id(), LadderExport.cardName(m.level()), choice)).append('\n');
            }
            if (ladder.previous(m.level()).isPresent()) {
                if (choice.wants(PictureKind.CODE)) {
                    md.append(picture(m.level().id() + ": its code beside the level before's",
                            LadderExport.codeName(m.level()), choice)).append('\n');
                }
                if (choice.wants(PictureKind.PLANS)) {
                    md.append(picture(m.level().id() + ": its page query's plan beside the level before's",
                            LadderExport.plansName(m.level()), choice)).append('\n');
                }
            }
        }
        return md.toString();
    }

    private static String picture(String alt, String pngName, LadderExport.Choice choice) {
        PictureFormat shown = choice.formats().stream().filter(format -> format != PictureFormat.PDF).findFirst()
                .orElse(PictureFormat.PDF);
        String file = shown.fileName(pngName);
        return shown == PictureFormat.PDF ? "[" + alt + "](" + file + ")" : "![" + alt + "](" + file + ")";
    }
}
