using System.Text;
using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

public class JsonReportWriterTests
{
    private const string ViolationAndPassJson = """
        {
          "report": "h2safety/1",
          "facility": {
            "id": "ulsan-hrs-01",
            "file": "samples/facilities/ulsan.yaml"
          },
          "rules": {
            "count": 3,
            "evaluated": 2,
            "not_selected": 1,
            "profile": null,
            "digest": "sha256:0123abcd"
          },
          "as_of": "2026-01-05",
          "summary": {
            "violation": 1,
            "indeterminate": 0,
            "error": 0,
            "waived": 0,
            "pass": 1,
            "not_applicable": 0
          },
          "findings": [
            {
              "rule": "EX-GH2-SEP-AIR-INTAKE",
              "title": "Gaseous hydrogen storage is separated from air intakes",
              "version": "1.0.0",
              "outcome": "violation",
              "severity": "high",
              "status": "enforced",
              "stage": "storage",
              "stages": [
                "storage"
              ],
              "subjects": {
                "vessel": "TK-101",
                "intake": "AI-1"
              },
              "message": "TK-101 is 6.2 m from air intake AI-1",
              "evidence": [
                {
                  "expression": "distance(vessel, intake) >= example_gh2_separation(vessel.pressure).air_intake",
                  "left": "6.2 m",
                  "operator": ">=",
                  "right": "9 m"
                },
                {
                  "expression": "example_gh2_separation(vessel.pressure)",
                  "table": "example_gh2_separation",
                  "row": "over 1.72 MPa up to 20.7 MPa"
                }
              ],
              "missing": [],
              "source": {
                "document": "Example Code",
                "edition": "2024",
                "clause": "7.3.2"
              },
              "remediation": "Relocate the vessel or the intake.",
              "location": {
                "file": "samples/facilities/ulsan.yaml",
                "line": 14,
                "column": 5
              }
            }
          ],
          "rule_results": [
            {
              "rule": "EX-GH2-SEP-AIR-INTAKE",
              "bindings": 1,
              "violation": 1,
              "indeterminate": 0,
              "error": 0,
              "waived": 0,
              "pass": 0,
              "not_applicable": 0
            },
            {
              "rule": "EX-PRD",
              "bindings": 1,
              "violation": 0,
              "indeterminate": 0,
              "error": 0,
              "waived": 0,
              "pass": 1,
              "not_applicable": 0
            }
          ],
          "warnings": []
        }

        """;

    [Test]
    public void ToJson_ViolationAndPass_WritesExactText()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Pass());

        var json = JsonReportWriter.ToJson(report);

        json.Should().Be(ViolationAndPassJson);
    }

    [Test]
    public void Write_Stream_IsUtf8WithoutBomAndLfOnly()
    {
        var report = SampleReports.Report(SampleReports.Violation());
        using var stream = new MemoryStream();

        JsonReportWriter.Write(stream, report);

        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes[0].Should().Be((byte)'{');
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(bytes).Should().Be(JsonReportWriter.ToJson(report));
    }

    [Test]
    public void ToJson_SameReportTwice_IsByteIdentical()
    {
        var first = JsonReportWriter.ToJson(SampleReports.Report(SampleReports.Violation(), SampleReports.Indeterminate(), SampleReports.Pass()));
        var second = JsonReportWriter.ToJson(SampleReports.Report(SampleReports.Violation(), SampleReports.Indeterminate(), SampleReports.Pass()));

        second.Should().Be(first);
    }

    [Test]
    public void ToJson_WithoutShowPasses_ListsOnlyViolationIndeterminateErrorWaived_ButCountsAll()
    {
        var waived = SampleReports.Violation();
        waived = new Finding
        {
            RuleId = "EX-WAIVED", Title = waived.Title, RuleVersion = waived.RuleVersion, Outcome = Outcome.Waived,
            Severity = waived.Severity, Status = waived.Status, Stages = waived.Stages, Subjects = waived.Subjects,
            Message = waived.Message, Source = waived.Source,
        };
        var report = SampleReports.Report(SampleReports.Indeterminate(), SampleReports.Violation(), waived,
            SampleReports.Pass(), SampleReports.Error(), SampleReports.NotApplicable());

        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report));

        var outcomes = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("outcome").GetString()).ToList();
        outcomes.Should().Equal("indeterminate", "violation", "waived", "error");
        var summary = doc.RootElement.GetProperty("summary");
        summary.EnumerateObject().Select(p => p.Name).Should().Equal("violation", "indeterminate", "error", "waived", "pass", "not_applicable");
        summary.EnumerateObject().Select(p => p.Value.GetInt32()).Should().Equal(1, 1, 1, 1, 1, 1);
    }

    [Test]
    public void ToJson_WithShowPasses_ListsPassAndNotApplicable()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Pass(), SampleReports.NotApplicable());

        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report, new ReportOptions { ShowPasses = true }));

        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("outcome").GetString()).Should().Equal("violation", "pass", "not_applicable");
        var notApplicable = findings[2];
        notApplicable.GetProperty("status").GetString().Should().Be("advisory");
        notApplicable.GetProperty("subjects").EnumerateObject().Should().BeEmpty();
        notApplicable.GetProperty("location").ValueKind.Should().Be(JsonValueKind.Null);
        notApplicable.GetProperty("remediation").ValueKind.Should().Be(JsonValueKind.Null);
        notApplicable.GetProperty("source").EnumerateObject().Select(p => p.Name).Should().Equal("document");
        findings[1].GetProperty("source").EnumerateObject().Select(p => p.Name).Should().Equal("document", "url");
    }

    [Test]
    public void ToJson_ErrorOutcome_HasErrorField_OthersDoNot()
    {
        var report = SampleReports.Report(SampleReports.Error(), SampleReports.Indeterminate());

        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report));

        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings[0].GetProperty("error").GetString().Should().Be("division by zero");
        findings[0].EnumerateObject().Last().Name.Should().Be("error");
        findings[1].TryGetProperty("error", out _).Should().BeFalse();
        findings[1].GetProperty("missing").EnumerateArray().Select(m => m.GetString()).Should().Equal("VS-1.height");
        findings[1].GetProperty("stage").GetString().Should().Be("storage");
        findings[1].GetProperty("stages").EnumerateArray().Select(s => s.GetString()).Should().Equal("storage", "utilization");
        findings[1].GetProperty("severity").GetString().Should().Be("critical");
    }

    [Test]
    public void ToJson_FindingFields_InFixedOrder()
    {
        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(SampleReports.Report(SampleReports.Violation())));

        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "report", "facility", "rules", "as_of", "summary", "findings", "rule_results", "warnings");
        doc.RootElement.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "rule", "title", "version", "outcome", "severity", "status", "stage", "stages", "subjects", "message",
            "evidence", "missing", "source", "remediation", "location");
    }

    [Test]
    public void ToJson_Profile_IsWrittenWhenSet()
    {
        var report = SampleReports.Report(SampleReports.Violation());
        report = new ComplianceReport
        {
            FacilityId = report.FacilityId, FacilityFile = null, RuleCount = 1, RulesEvaluated = 1, RulesNotSelected = 0,
            Profile = "kr-hydrogen", RuleDigest = "sha256:00", AsOf = new DateOnly(2025, 12, 31), Findings = [], RuleResults = [],
        };

        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report));

        doc.RootElement.GetProperty("rules").GetProperty("profile").GetString().Should().Be("kr-hydrogen");
        doc.RootElement.GetProperty("facility").GetProperty("file").ValueKind.Should().Be(JsonValueKind.Null);
        doc.RootElement.GetProperty("as_of").GetString().Should().Be("2025-12-31");
        doc.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void WriteRendered_ReportsRenderedOneByOne_AreTheBytesOfTheWholeWrite()
    {
        ComplianceReport[] reports =
        [
            SampleReports.Report(SampleReports.Violation(), SampleReports.Pass()),
            SampleReports.Report(),
            SampleReports.Report(SampleReports.Indeterminate()),
        ];
        var options = new ReportOptions { ShowPasses = true };
        for (var n = 0; n <= reports.Length; n++)
        {
            using var whole = new MemoryStream();
            JsonReportWriter.Write(whole, reports.Take(n), options);
            using var rendered = new MemoryStream();

            JsonReportWriter.WriteRendered(rendered, reports.Take(n).Select(r => JsonReportWriter.Render(r, options)).ToList());

            rendered.ToArray().Should().Equal(whole.ToArray(), $"{n} reports");
        }

        using var single = new MemoryStream();
        JsonReportWriter.Write(single, reports[0], options);
        using var singleRendered = new MemoryStream();
        JsonReportWriter.WriteRendered(singleRendered, [JsonReportWriter.Render(reports[0], options, element: false)]);
        singleRendered.ToArray().Should().Equal(single.ToArray());
    }

    [Test]
    public void Render_ReportLargerThanTheFirstBuffer_IsWrittenWhole()
    {
        var findings = Enumerable.Range(0, 400).Select(_ => SampleReports.Violation()).ToArray();
        var report = SampleReports.Report(findings);
        using var whole = new MemoryStream();
        JsonReportWriter.Write(whole, [report]);
        using var rendered = new MemoryStream();

        JsonReportWriter.WriteRendered(rendered, [JsonReportWriter.Render(report)]);

        whole.Length.Should().BeGreaterThan(1 << 17);
        rendered.ToArray().Should().Equal(whole.ToArray());
    }

    [Test]
    public void ToJson_SeveralReports_IsArrayInGivenOrder()
    {
        var a = SampleReports.Report(SampleReports.Violation());
        var b = SampleReports.Report();

        var json = JsonReportWriter.ToJson([a, b]);

        using var doc = JsonDocument.Parse(json);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        doc.RootElement.GetArrayLength().Should().Be(2);
        doc.RootElement[0].GetProperty("findings").GetArrayLength().Should().Be(1);
        doc.RootElement[1].GetProperty("findings").GetArrayLength().Should().Be(0);
        json.Should().StartWith("[\n  {\n    \"report\": \"h2safety/1\",");
        json.Should().EndWith("}\n]\n");
    }

    [Test]
    public void ToJson_NonAsciiText_IsWrittenAsUtf8NotEscaped()
    {
        var finding = SampleReports.Violation();
        finding = new Finding
        {
            RuleId = finding.RuleId, Title = "수소 저장소 이격거리", RuleVersion = finding.RuleVersion, Outcome = finding.Outcome,
            Severity = Severity.High, Status = finding.Status, Stages = finding.Stages, Subjects = finding.Subjects,
            Message = "TK-101 <-> AI-1 & 'x'", Source = finding.Source,
        };

        var json = JsonReportWriter.ToJson(SampleReports.Report(finding));

        json.Should().Contain("\"title\": \"수소 저장소 이격거리\"");
        json.Should().Contain("\"message\": \"TK-101 <-> AI-1 & 'x'\"");
    }
}
