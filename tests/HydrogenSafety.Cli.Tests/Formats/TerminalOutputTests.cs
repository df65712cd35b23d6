using HydrogenSafety.Cli.Commands;
using HydrogenSafety.Cli.Terminal;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using Spectre.Console;

namespace HydrogenSafety.Cli.Tests.Formats;

public class TerminalOutputTests : CliTestBase
{
    private static ComplianceReport Report()
    {
        var rules = RuleSet.Parse(PressureRule, "rules.yaml");
        var facility = Facilities.Facility.Parse("""
            facility:
              id: site-a
            components:
              - { id: TK-1, kind: storage_vessel, pressure: 20 MPa }
              - { id: TK-2, kind: storage_vessel, pressure: 5 MPa }
            """, "site.yaml");
        return ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) }).Evaluate(facility);
    }

    [Test]
    public void Colour_OnlyWhenNoColorIsUnsetOrEmpty_AndTheTerminalIsNotDumb()
    {
        TerminalEnvironment.ColourAllowed(null, "xterm-256color").Should().BeTrue();
        TerminalEnvironment.ColourAllowed(string.Empty, null).Should().BeTrue();
        TerminalEnvironment.ColourAllowed("1", "xterm").Should().BeFalse();
        TerminalEnvironment.ColourAllowed(null, "dumb").Should().BeFalse();
    }

    [Test]
    public void Colour_NeverForWritersOtherThanTheConsole()
    {
        using var writer = new StringWriter();

        TerminalEnvironment.ColourFor(writer).Should().BeFalse();
        TerminalEnvironment.ProgressFor(writer).Should().BeFalse();
    }

    [Test]
    public void ColourReport_OnAColourTerminal_HasEscapes_SummaryFirst_AndTheSameWords()
    {
        var report = Report();
        using var writer = new StringWriter();
        var console = ColourTextReport.CreateConsole(writer, ColorSystemSupport.Standard, AnsiSupport.Yes);
        console.Profile.Width = 400;

        ColourTextReport.Write(console, [report], new ReportOptions());

        var coloured = writer.ToString();
        coloured.Should().Contain("\u001b[");
        var plain = System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9;]*m", string.Empty).ReplaceLineEndings("\n");
        var lines = plain.Split('\n');
        lines[0].Should().Be(TextReportWriter.HeaderLine(report));
        lines[1].Should().Be(TextReportWriter.SummaryLine(report.Summary));
        plain.Should().Contain("\nMEDIUM\n  violation  T-PRESSURE  storage_vessel=TK-1\n    vessel pressure is above 10 MPa\n");
        plain.TrimEnd('\n').Split('\n')[^1].Should().Be(TextReportWriter.SummaryLine(report.Summary));
    }

    [Test]
    public void ColourReport_WithoutColourSupport_HasNoEscapes()
    {
        using var writer = new StringWriter();
        var console = ColourTextReport.CreateConsole(writer, ColorSystemSupport.NoColors, AnsiSupport.No);

        ColourTextReport.Write(console, [Report()], new ReportOptions());

        writer.ToString().Should().NotContain("\u001b[");
    }

    [Test]
    public void Check_TextToAWriter_IsThePlainTextByteForByte()
    {
        var rules = WriteRules();
        var facility = WriteFacility("site.yaml", "site-a", "20 MPa");

        var result = Run("check", facility, "--rules", rules, "--as-of", "2026-01-01");

        result.Stdout.Should().NotContain("\u001b[");
        var report = ComplianceEngine.Create(RuleSet.Load(rules), new EngineOptions { AsOf = new DateOnly(2026, 1, 1) })
            .Evaluate(Facilities.Facility.Load(facility));
        result.Stdout.Should().Be(TextReportWriter.ToText([report]));
    }

    [Test]
    public void Progress_WithoutATerminal_RunsEveryItemOnce()
    {
        var seen = new int[7];

        EvaluationProgress.Run(showBar: false, seen.Length, evaluated => Evaluate(seen, evaluated, fail: -1));

        seen.Should().OnlyContain(n => n == 1);
    }

    [Test]
    public void Progress_WithABar_RunsEveryItemOnce_AndPropagatesErrors()
    {
        // With the bar asked for, the work still runs (Spectre draws to stderr, or falls back when it is not a terminal).
        var seen = new int[5];

        EvaluationProgress.Run(showBar: true, seen.Length, evaluated => Evaluate(seen, evaluated, fail: -1));

        seen.Should().OnlyContain(n => n == 1);
        // Only one item fails, so exactly one error travels out however many cores run the loop.
        var act = () => EvaluationProgress.Run(showBar: true, 3, evaluated => Evaluate(new int[3], evaluated, fail: 1));
        act.Should().Throw<Exception>().Which.ToString().Should().Contain("boom");
    }

    [Test]
    public void OrderedEvaluation_HandsBackEveryItemInInputOrder_WithFewWorkersAndASmallWindow()
    {
        // Items finish out of order (later ones are quicker); the writer still sees 0, 1, 2, … and each exactly once.
        using var evaluation = new OrderedEvaluation<string>(60, i =>
        {
            Thread.Sleep((60 - i) % 7);
            return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, workers: 3, window: 4);

        evaluation.InOrder().Should().Equal(Enumerable.Range(0, 60).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void OrderedEvaluation_StoppedEarly_EndsItsWorkers()
    {
        var evaluated = 0;
        var evaluation = new OrderedEvaluation<string>(1000, i =>
        {
            Interlocked.Increment(ref evaluated);
            return "x";
        }, workers: 2, window: 2);

        evaluation.InOrder().Take(3).Should().HaveCount(3);
        evaluation.Dispose();

        // The window keeps the workers at most a few items ahead of the writer.
        Volatile.Read(ref evaluated).Should().BeLessThan(10);
    }

    private static void Evaluate(int[] seen, Action? evaluated, int fail)
    {
        using var evaluation = new OrderedEvaluation<string>(seen.Length, i =>
        {
            Interlocked.Increment(ref seen[i]);
            return i == fail ? throw new InvalidOperationException("boom") : "done";
        }, workers: 2, window: 4, evaluated);
        _ = evaluation.InOrder().ToList();
    }
}
