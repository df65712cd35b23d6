using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

public class MarkdownReportWriterTests
{
    [Test]
    public void ToMarkdown_Report_WritesExactText()
    {
        var report = FormatFixtures.WithWarnings(
            SampleReports.Report(SampleReports.Indeterminate(), SampleReports.Violation(), FormatFixtures.WaivedViolation(), SampleReports.Pass()),
            FormatFixtures.ExpiredWarning());

        var md = MarkdownReportWriter.ToMarkdown(report);

        md.Should().Be("""
            ## h2safety: ulsan-hrs-01 — 1 violation, 1 indeterminate, 0 errors, 1 waived, 1 passed, 0 not applicable

            `samples/facilities/ulsan.yaml` · 2 of 3 rules evaluated · as of 2026-01-05

            | Outcome | Count |
            | --- | ---: |
            | Violation | 1 |
            | Indeterminate | 1 |
            | Error | 0 |
            | Waived | 1 |
            | Pass | 1 |
            | Not applicable | 0 |

            ### Violations, indeterminate outcomes and errors

            | Severity | Outcome | Rule | Subjects | Message | Source |
            | --- | --- | --- | --- | --- | --- |
            | critical | indeterminate | `EX-VENT-HEIGHT` | stack=VS-1 | VS-1 discharge height unknown (missing: VS-1.height) | Example Code, 9.1 |
            | high | violation | `EX-GH2-SEP-AIR-INTAKE` | vessel=TK-101, intake=AI-1 | TK-101 is 6.2 m from air intake AI-1 | Example Code, 2024, 7.3.2 |

            ### Waived

            - `EX-GH2-SEP-AIR-INTAKE` (TK-101,AI-1): 2-hour fire wall between vessel and intake (approved by inspector 2026-041, expires 2027-06-30; was violation)

            ### Warnings

            - `samples/facilities/ulsan.yaml:44` H2S0501: waiver for EX-PRD expired on 2025-12-31; it is not applied


            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void ToMarkdown_CitationWithUrl_IsALink_AndCellsAreEscaped()
    {
        var f = SampleReports.Violation();
        f = new Finding
        {
            RuleId = f.RuleId, Title = f.Title, RuleVersion = f.RuleVersion, Outcome = f.Outcome, Severity = Severity.Medium,
            Status = RuleStatus.Advisory, Stages = f.Stages, Subjects = f.Subjects, Message = "a | b *c* <d>\nnext",
            Source = new Citation("Code (2024)", Clause: "[7]", Url: "https://example.org/a(b)"),
        };

        var md = MarkdownReportWriter.ToMarkdown(SampleReports.Report(f));

        md.Should().Contain("| medium | violation (advisory) | `EX-GH2-SEP-AIR-INTAKE` | vessel=TK-101, intake=AI-1 | a \\| b \\*c\\* \\<d\\> next | [Code (2024), \\[7\\]](https://example.org/a%28b%29) |");
    }

    [Test]
    public void ToMarkdown_NothingWrong_SaysSo_AndSeveralReportsAreSections()
    {
        var md = MarkdownReportWriter.ToMarkdown([SampleReports.Report(SampleReports.Pass()), SampleReports.Report(SampleReports.Error())]);

        md.Should().Contain("No violations, indeterminate outcomes or errors.");
        md.Split("## h2safety: ulsan-hrs-01").Should().HaveCount(3);
        md.Should().Contain("\n---\n\n## h2safety:");
        md.Should().Contain("| low | error | `EX-RATIO` | facility | could not evaluate (error: division by zero) | Example Code |");
    }

    [Test]
    public void ToMarkdown_ManyFindings_AreCut_WithANote()
    {
        var many = Enumerable.Range(0, MarkdownReportWriter.MaxRows + 5).Select(_ => SampleReports.Violation()).ToArray();

        var md = MarkdownReportWriter.ToMarkdown(SampleReports.Report(many));

        md.Split("| high | violation |").Length.Should().Be(MarkdownReportWriter.MaxRows + 1);
        md.Should().Contain("… and 5 more (see the JSON or SARIF report).");
    }

    [Test]
    public void ToMarkdown_ShowPasses_ListsThem_AllowIndeterminate_MarksThem()
    {
        var md = MarkdownReportWriter.ToMarkdown(SampleReports.Report(SampleReports.Indeterminate(), SampleReports.Pass(), SampleReports.NotApplicable()),
            new ReportOptions { ShowPasses = true, AllowIndeterminate = true });

        md.Should().Contain("| critical | indeterminate (allowed) |");
        md.Should().Contain("### Passed and not applicable\n\n- pass: `EX-PRD` (TK-101)\n- not_applicable: `EX-LIQUID` (facility)\n");
    }
}
