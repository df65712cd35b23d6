using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Tests.Reporting;

public class TextReportWriterTests
{
    [Test]
    public void ToText_Report_HasHeaderGroupsAndSummary()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Indeterminate(), SampleReports.Pass());

        var text = TextReportWriter.ToText(report, new ReportOptions { TextDetail = TextDetail.Verbose });

        text.Should().Be("""
            facility ulsan-hrs-01 (samples/facilities/ulsan.yaml): 2 of 3 rules evaluated, as of 2026-01-05

            CRITICAL
              indeterminate  EX-VENT-HEIGHT  stack=VS-1
                VS-1 discharge height unknown
                missing: VS-1.height
                source: Example Code, 9.1
                at: samples/facilities/ulsan.yaml:30

            HIGH
              violation  EX-GH2-SEP-AIR-INTAKE  vessel=TK-101, intake=AI-1
                TK-101 is 6.2 m from air intake AI-1
                evidence: 6.2 m >= 9 m  [distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake]
                evidence: example_gh2_separation(vessel.pressure); table example_gh2_separation, row over 1.72 MPa up to 20.7 MPa
                source: Example Code, 2024, 7.3.2
                at: samples/facilities/ulsan.yaml:14

            1 violation, 1 indeterminate, 0 errors, 1 passed, 0 not applicable

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void ToText_ByDefault_IsCompact_AtMostFourLinesPerFinding()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Indeterminate(), SampleReports.Pass());

        var text = TextReportWriter.ToText(report);

        text.Should().Be("""
            facility ulsan-hrs-01 (samples/facilities/ulsan.yaml): 2 of 3 rules evaluated, as of 2026-01-05

            CRITICAL
              indeterminate  EX-VENT-HEIGHT  stack=VS-1
                VS-1 discharge height unknown
                missing: VS-1.height
                source: Example Code, 9.1  at: samples/facilities/ulsan.yaml:30

            HIGH
              violation  EX-GH2-SEP-AIR-INTAKE  vessel=TK-101, intake=AI-1
                TK-101 is 6.2 m from air intake AI-1
                evidence: 6.2 m >= 9 m (+1 more with -v)
                source: Example Code, 2024, 7.3.2  at: samples/facilities/ulsan.yaml:14

            1 violation, 1 indeterminate, 0 errors, 1 passed, 0 not applicable

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Explain_ListsTheWholeEvidenceTrace()
    {
        var finding = SampleReports.Violation();

        var lines = TextReportWriter.DetailLines(finding, ReportLanguage.English, TextDetail.Explain);

        lines.Count(l => l.StartsWith("trace: ", StringComparison.Ordinal)).Should().Be(finding.EvidenceTrace.Count);
        lines.Should().NotContain(l => l.StartsWith("evidence: ", StringComparison.Ordinal));
    }

    [Test]
    public void Compact_InKorean_PadsTheOutcomeToOneColumn()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Indeterminate());

        var text = TextReportWriter.ToText(report, new ReportOptions { Language = ReportLanguage.Korean });

        var headlines = text.Split('\n').Where(l => l.Contains("EX-", StringComparison.Ordinal) && l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        headlines.Should().HaveCount(2);
        headlines.Select(l => DisplayWidth.Of(l[..l.IndexOf("EX-", StringComparison.Ordinal)])).Distinct().Should().ContainSingle();
    }

    [Test]
    public void ToText_ShowPasses_ListsPassesAndAdvisoryMark()
    {
        var report = SampleReports.Report(SampleReports.Pass(), SampleReports.NotApplicable(), SampleReports.Error());

        var text = TextReportWriter.ToText(report, new ReportOptions { ShowPasses = true });

        text.Should().Contain("  pass  EX-PRD  vessel=TK-101\n");
        text.Should().Contain("  not_applicable  EX-LIQUID (advisory)  facility\n");
        text.Should().Contain("  error  EX-RATIO  facility\n    could not evaluate\n    error: division by zero\n");
        text.IndexOf("MEDIUM", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("LOW", StringComparison.Ordinal));
        text.Should().EndWith("\n0 violations, 0 indeterminate, 1 error, 1 passed, 1 not applicable\n");
    }

    [Test]
    public void ToText_NothingToList_SaysSo()
    {
        var text = TextReportWriter.ToText(SampleReports.Report(SampleReports.Pass()));

        text.Should().Contain("\nno violations, indeterminate outcomes, errors or waivers\n");
        text.Should().NotContain("EX-PRD");
    }

    [Test]
    public void ToText_SeveralReports_OneSectionEach()
    {
        var text = TextReportWriter.ToText([SampleReports.Report(SampleReports.Violation()), SampleReports.Report()]);

        text.Split("facility ulsan-hrs-01 (").Should().HaveCount(3);
        text.Should().Contain("not applicable\n\nfacility ulsan-hrs-01");
    }

    [Test]
    public void SummaryLine_CountsAndPlurals()
    {
        TextReportWriter.SummaryLine(new OutcomeCounts(3, 1, 0, 0, 40, 20))
            .Should().Be("3 violations, 1 indeterminate, 0 errors, 40 passed, 20 not applicable");
        TextReportWriter.SummaryLine(new OutcomeCounts(1, 0, 2, 1, 1, 1))
            .Should().Be("1 violation, 0 indeterminate, 2 errors, 1 waived, 1 passed, 1 not applicable");
    }
}
