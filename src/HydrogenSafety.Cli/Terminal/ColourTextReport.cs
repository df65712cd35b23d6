using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using Spectre.Console;

namespace HydrogenSafety.Cli.Terminal;

/// <summary>
/// The <c>text</c> report for a person at a terminal, in colour: per facility the header and the summary
/// line first, then the findings grouped by severity (critical first) with the outcome coloured, and the
/// summary again at the end. The words are those of <see cref="TextReportWriter"/>; only the order of the
/// summary and the colours differ. Spectre.Console decides the escape sequences (and drops them for
/// <c>NO_COLOR</c> or a terminal without colour).
/// </summary>
internal static class ColourTextReport
{
    private static readonly Severity[] s_severitiesHighFirst =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    private static readonly Style s_dim = new(Color.Grey);

    /// <summary>A console writing to <paramref name="writer"/>; colour and ANSI support detected unless forced.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, ColorSystemSupport colours = ColorSystemSupport.Detect, AnsiSupport ansi = AnsiSupport.Detect) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi,
            ColorSystem = colours,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });

    /// <summary>Writes the reports to <paramref name="console"/>, one section per facility.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ComplianceReport> reports, ReportOptions options)
    {
        var first = true;
        foreach (var report in reports)
        {
            if (!first)
            {
                console.WriteLine();
            }

            WriteReport(console, report, options);
            first = false;
        }
    }

    private static void WriteReport(IAnsiConsole console, ComplianceReport report, ReportOptions options)
    {
        var words = options.Language.Strings();
        console.Write(new Text(TextReportWriter.HeaderLine(report, options.Language) + "\n", new Style(decoration: Decoration.Bold)));
        WriteSummary(console, report.Summary, words);

        var listed = report.Findings.Where(f => IsListed(f.Outcome, options.ShowPasses)).ToList();
        if (listed.Count == 0)
        {
            console.Write(new Text("\n" + (options.ShowPasses ? words.NoFindings : words.NoProblemsOrWaivers) + "\n", new Style(Color.Green)));
            return;
        }

        foreach (var severity in s_severitiesHighFirst)
        {
            var group = listed.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            console.WriteLine();
            console.Write(new Text(words.SeverityHeading(severity), SeverityStyle(severity)));
            console.WriteLine();
            foreach (var finding in group)
            {
                WriteFinding(console, finding, words, options.TextDetail);
            }
        }

        console.WriteLine();
        WriteSummary(console, report.Summary, words);
    }

    private static void WriteFinding(IAnsiConsole console, Finding f, ReportStrings words, TextDetail detail)
    {
        var headline = new Paragraph();
        headline.Append("  ");
        headline.Append(DisplayWidth.PadRight(words.Outcome(f.Outcome), words.OutcomeColumnWidth), OutcomeStyle(f.Outcome));
        headline.Append("  ");
        headline.Append(f.RuleId, new Style(decoration: Decoration.Bold));
        if (f.Status != RuleStatus.Enforced)
        {
            headline.Append($" ({words.Status(f.Status)})", s_dim);
        }

        headline.Append("  ");
        headline.Append(TextReportWriter.SubjectsText(f, words.Language));
        headline.Append("\n");
        console.Write(headline);

        var details = TextReportWriter.DetailLines(f, words.Language, detail);
        for (var i = 0; i < details.Count; i++)
        {
            var line = details[i];
            var isMessage = i == 0 && !string.IsNullOrEmpty(f.MessageIn(words.Code));
            var style = isMessage ? Style.Plain
                : line.StartsWith(words.ErrorLabel + ":", StringComparison.Ordinal) ? new Style(Color.Magenta1)
                : line.StartsWith(words.WaivedLabel + ":", StringComparison.Ordinal) ? new Style(Color.Aqua)
                : line.StartsWith(words.MissingLabel + ":", StringComparison.Ordinal) ? new Style(Color.Yellow)
                : s_dim;
            console.Write(new Text("    " + line + "\n", style));
        }
    }

    private static void WriteSummary(IAnsiConsole console, OutcomeCounts counts, ReportStrings words)
    {
        if (words.Language != ReportLanguage.English)
        {
            // Korean and Japanese: the catalog's summary line, coloured as a whole by the worst outcome.
            var worst = counts.Error > 0 ? new Style(Color.Magenta1, decoration: Decoration.Bold)
                : counts.Violation > 0 ? new Style(Color.Red, decoration: Decoration.Bold)
                : counts.Indeterminate > 0 ? new Style(Color.Yellow)
                : new Style(Color.Green);
            console.Write(new Text(words.SummaryLine(counts) + "\n", worst));
            return;
        }

        // The same words as TextReportWriter.SummaryLine, each count coloured when it is not zero.
        var parts = new List<(string Text, Style Style)>
        {
            (Count(counts.Violation, "violation", "violations"), counts.Violation > 0 ? new Style(Color.Red, decoration: Decoration.Bold) : Style.Plain),
            (Count(counts.Indeterminate, "indeterminate", "indeterminate"), counts.Indeterminate > 0 ? new Style(Color.Yellow) : Style.Plain),
            (Count(counts.Error, "error", "errors"), counts.Error > 0 ? new Style(Color.Magenta1, decoration: Decoration.Bold) : Style.Plain),
        };
        if (counts.Waived > 0)
        {
            parts.Add((Count(counts.Waived, "waived", "waived"), new Style(Color.Aqua)));
        }

        parts.Add((Count(counts.Pass, "passed", "passed"), counts.Pass > 0 ? new Style(Color.Green) : Style.Plain));
        parts.Add((Count(counts.NotApplicable, "not applicable", "not applicable"), s_dim));

        var line = new Paragraph();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                line.Append(", ");
            }

            line.Append(parts[i].Text, parts[i].Style);
        }

        line.Append("\n");
        console.Write(line);
    }

    private static bool IsListed(Outcome outcome, bool showPasses) =>
        showPasses || outcome is Outcome.Violation or Outcome.Indeterminate or Outcome.Error or Outcome.Waived;

    private static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Critical => new Style(Color.White, Color.Red, Decoration.Bold),
        Severity.High => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Medium => new Style(Color.Orange1, decoration: Decoration.Bold),
        Severity.Low => new Style(Color.DodgerBlue1, decoration: Decoration.Bold),
        _ => new Style(Color.Grey, decoration: Decoration.Bold),
    };

    private static Style OutcomeStyle(Outcome outcome) => outcome switch
    {
        Outcome.Violation => new Style(Color.Red, decoration: Decoration.Bold),
        Outcome.Indeterminate => new Style(Color.Yellow),
        Outcome.Error => new Style(Color.Magenta1, decoration: Decoration.Bold),
        Outcome.Waived => new Style(Color.Aqua),
        Outcome.Pass => new Style(Color.Green),
        _ => s_dim,
    };

    private static string Count(int n, string singular, string plural) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
}
