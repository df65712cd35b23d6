using System.Text;
using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

public class SarifReportWriterTests
{
    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static List<JsonElement> Results(string sarif) => Run(sarif).GetProperty("results").EnumerateArray().ToList();

    [Test]
    public void ToSarif_HandBuiltReport_IsValidAgainstTheOfficialSchema()
    {
        var sarif = SarifReportWriter.ToSarif(FormatFixtures.Mixed(), new ReportOptions { ShowPasses = true });

        SarifSchema.AssertValid(sarif);
    }

    [Test]
    public void SchemaCheck_RejectsInvalidSarif()
    {
        // The validator itself must catch mistakes, or the other tests prove nothing.
        var sarif = SarifReportWriter.ToSarif(SampleReports.Report(SampleReports.Violation()));
        var broken = sarif.Replace("\"level\": \"error\"", "\"level\": \"severe\"", StringComparison.Ordinal);

        SarifSchema.Errors(broken).Should().NotBeEmpty();
        SarifSchema.Errors(sarif.Replace("\"startLine\": 14", "\"startLine\": 0", StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Test]
    public void ToSarif_HasVersionSchemaAndOneRunWithTheDriver()
    {
        using var doc = JsonDocument.Parse(SarifReportWriter.ToSarif(SampleReports.Report(SampleReports.Violation())));

        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        doc.RootElement.GetProperty("$schema").GetString().Should().Be(SarifReportWriter.SchemaUri);
        doc.RootElement.GetProperty("runs").GetArrayLength().Should().Be(1);
        var driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("h2safety");
        driver.GetProperty("version").GetString().Should().StartWith("0.1.0");
        driver.GetProperty("semanticVersion").GetString().Should().Be("0.1.0");
    }

    [Test]
    public void ToSarif_Results_HaveExplicitLevelFromSeverity_RuleIndex_LocationAndFingerprint()
    {
        var low = new Finding
        {
            RuleId = "EX-LOW", Title = "Low rule", RuleVersion = "1.0.0", Outcome = Outcome.Violation, Severity = Severity.Low,
            Status = RuleStatus.Enforced, Stages = [HydrogenSafety.Facilities.Stage.Storage], Subjects = [new SubjectBinding("vessel", "TK-101")],
            Message = "low", Source = new Citation("Example Code"), Location = Diagnostics.SourceSpan.At(SampleReports.File, 9, 7),
        };
        var sarif = SarifReportWriter.ToSarif(SampleReports.Report(SampleReports.Indeterminate(), SampleReports.Violation(), SampleReports.Error(), low));
        var results = Results(sarif);
        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        results.Select(r => r.GetProperty("level").GetString()).Should().Equal("error", "error", "note", "note");
        results.Select(r => r.GetProperty("kind").GetString()).Should().OnlyContain(k => k == "fail");
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        }

        var violation = results[1];
        violation.GetProperty("message").GetProperty("text").GetString().Should().Be("TK-101 is 6.2 m from air intake AI-1");
        var physical = violation.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("samples/facilities/ulsan.yaml");
        physical.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(14);
        physical.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(5);
        violation.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Be("ulsan-hrs-01/TK-101");
        var related = violation.GetProperty("relatedLocations").EnumerateArray().ToList();
        related.Should().ContainSingle();
        related[0].GetProperty("message").GetProperty("text").GetString().Should().Be("intake AI-1");
        violation.GetProperty("properties").GetProperty("outcome").GetString().Should().Be("violation");
        violation.GetProperty("properties").GetProperty("evidence")[0].GetProperty("right").GetString().Should().Be("9 m");

        results[0].GetProperty("message").GetProperty("text").GetString().Should().Be("VS-1 discharge height unknown (missing: VS-1.height)");
        results[2].GetProperty("message").GetProperty("text").GetString().Should().Be("could not evaluate (error: division by zero)");
        SarifSchema.AssertValid(sarif);
    }

    [Test]
    public void ToSarif_Fingerprints_AreStableAcrossRuns_AndIgnoreLinesAndMessages()
    {
        var moved = SampleReports.Violation();
        moved = new Finding
        {
            RuleId = moved.RuleId, Title = moved.Title, RuleVersion = "1.1.0", Outcome = moved.Outcome, Severity = moved.Severity,
            Status = moved.Status, Stages = moved.Stages, Subjects = moved.Subjects, Message = "TK-101 is now 6.5 m from AI-1",
            Source = moved.Source, Location = Diagnostics.SourceSpan.At(SampleReports.File, 99, 5),
        };

        string Fingerprint(Finding f) => Results(SarifReportWriter.ToSarif(SampleReports.Report(f)))[0]
            .GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!;

        Fingerprint(moved).Should().Be(Fingerprint(SampleReports.Violation()));
        Fingerprint(SampleReports.Indeterminate()).Should().NotBe(Fingerprint(SampleReports.Violation()));
        SarifReportWriter.ToSarif(SampleReports.Report(SampleReports.Violation()))
            .Should().Be(SarifReportWriter.ToSarif(SampleReports.Report(SampleReports.Violation())));
    }

    [Test]
    public void ToSarif_WithRuleSet_ListsEveryRule_WithHelpCitationAndDefaultLevel()
    {
        var (report, facility, rules) = FormatFixtures.WaiverScenario();

        var sarif = SarifReportWriter.ToSarif([report], rules, [facility]);

        var driverRules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        driverRules.Select(r => r.GetProperty("id").GetString()).Should().Equal("PRD", "SEP-INTAKE", "STACK-HEIGHT");
        var sep = driverRules[1];
        sep.GetProperty("name").GetString().Should().Be("SepIntake");
        sep.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Vessel far from air intake");
        sep.GetProperty("fullDescription").GetProperty("text").GetString().Should().Contain("distance(vessel, intake) >= 9 m");
        sep.GetProperty("helpUri").GetString().Should().Be("https://example.org/code#4.1");
        sep.GetProperty("help").GetProperty("text").GetString().Should().Contain("Remediation: Move the vessel or the intake.").And.Contain("Test Code, 2025, 4.1");
        sep.GetProperty("help").GetProperty("markdown").GetString().Should().Contain("[Test Code, 2025, 4.1](https://example.org/code#4.1)");
        sep.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("error");
        sep.GetProperty("properties").GetProperty("stage").GetString().Should().Be("storage");
        sep.GetProperty("properties").GetProperty("status").GetString().Should().Be("enforced");
        driverRules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        driverRules[0].TryGetProperty("helpUri", out _).Should().BeFalse();
        SarifSchema.AssertValid(sarif);
    }

    [Test]
    public void ToSarif_WithFacility_RelatedLocationsCarryTheOtherSubjectsLine()
    {
        var (report, facility, rules) = FormatFixtures.WaiverScenario();

        var results = Results(SarifReportWriter.ToSarif([report], rules, [facility]));

        var open = results.Single(r => r.GetProperty("ruleId").GetString() == "SEP-INTAKE" && !r.TryGetProperty("suppressions", out _));
        var aiLine = facility.Components.Single(c => c.Id == "AI-1").Span!.Line;
        var tk2Line = facility.Components.Single(c => c.Id == "TK-2").Span!.Line;
        open.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(tk2Line);
        open.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(aiLine);
    }

    [Test]
    public void ToSarif_SeveralFacilities_OneRun_ResultsPointAtEachFile()
    {
        var a = SampleReports.Report(SampleReports.Violation());
        var b = FormatFixtures.WithFacility(SampleReports.Report(SampleReports.Violation()), "other-site", "samples/facilities/other.yaml");

        var sarif = SarifReportWriter.ToSarif([a, b]);

        using var doc = JsonDocument.Parse(sarif);
        doc.RootElement.GetProperty("runs").GetArrayLength().Should().Be(1);
        var results = Results(sarif);
        results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Should().Equal("samples/facilities/ulsan.yaml", "samples/facilities/other.yaml");
        // The same rule and subject ids in two facilities are two alerts, not one.
        results[0].GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()
            .Should().NotBe(results[1].GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString());
        SarifSchema.AssertValid(sarif);
    }

    [Test]
    public void ToSarif_PassesOnlyWithShowPasses_AsPassAndNotApplicableKinds()
    {
        var report = SampleReports.Report(SampleReports.Violation(), SampleReports.Pass(), SampleReports.NotApplicable());

        Results(SarifReportWriter.ToSarif(report)).Should().ContainSingle();
        var all = Results(SarifReportWriter.ToSarif(report, new ReportOptions { ShowPasses = true }));

        all.Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("level").GetString()))
            .Should().Equal(("fail", "error"), ("pass", "none"), ("notApplicable", "none"));
    }

    [Test]
    public void ToSarif_AllowIndeterminate_MakesIndeterminateAReview()
    {
        var report = SampleReports.Report(SampleReports.Indeterminate());

        var strict = Results(SarifReportWriter.ToSarif(report))[0];
        var lenient = Results(SarifReportWriter.ToSarif(report, new ReportOptions { AllowIndeterminate = true }))[0];

        (strict.GetProperty("kind").GetString(), strict.GetProperty("level").GetString()).Should().Be(("fail", "error"));
        (lenient.GetProperty("kind").GetString(), lenient.GetProperty("level").GetString()).Should().Be(("review", "none"));
    }

    [Test]
    public void ToSarif_WaivedFindings_AreSuppressedResults_AndWaiverWarningsAreNotifications()
    {
        var sarif = SarifReportWriter.ToSarif(FormatFixtures.Mixed());

        var suppressed = Results(sarif).Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        suppressed.Should().HaveCount(2);
        var s = suppressed.Single(r => r.GetProperty("ruleId").GetString() == "EX-GH2-SEP-AIR-INTAKE");
        var suppression = s.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().Should().Be("external");
        suppression.GetProperty("status").GetString().Should().Be("accepted");
        suppression.GetProperty("justification").GetString().Should().Be("2-hour fire wall between vessel and intake");
        suppression.GetProperty("properties").GetProperty("approvedBy").GetString().Should().Be("inspector 2026-041");
        suppression.GetProperty("properties").GetProperty("expires").GetString().Should().Be("2027-06-30");
        suppression.GetProperty("location").GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(40);
        s.GetProperty("level").GetString().Should().Be("error");
        s.GetProperty("properties").GetProperty("outcome").GetString().Should().Be("waived");
        s.GetProperty("properties").GetProperty("waivedOutcome").GetString().Should().Be("violation");

        var notifications = Run(sarif).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        notifications.Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()).Should().Equal("H2S0501", "H2S0502");
        notifications.Should().OnlyContain(n => n.GetProperty("level").GetString() == "warning");
        SarifSchema.AssertValid(sarif);
    }

    [Test]
    public void ToSarif_WaiverScenario_FromTheEngine_IsValid_AndShowsEveryWaiverCase()
    {
        var (report, facility, rules) = FormatFixtures.WaiverScenario();

        var sarif = SarifReportWriter.ToSarif([report], rules, [facility]);

        SarifSchema.AssertValid(sarif);
        var results = Results(sarif);
        string Key(JsonElement r) => $"{r.GetProperty("ruleId").GetString()}:{r.TryGetProperty("suppressions", out _)}";
        results.Select(Key).Should().BeEquivalentTo("STACK-HEIGHT:True", "SEP-INTAKE:True", "SEP-INTAKE:False", "PRD:False");
        var notifications = Run(sarif).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray()
            .Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()).ToList();
        notifications.Should().BeEquivalentTo("H2S0501", "H2S0502");
    }

    [Test]
    public void ToSarif_TheSampleFacilities_AreValidAgainstTheOfficialSchema()
    {
        var (reports, facilities, rules) = FormatFixtures.Samples();

        var sarif = SarifReportWriter.ToSarif(reports, rules, facilities);

        SarifSchema.AssertValid(sarif);
        var run = Run(sarif);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().Be(
            rules.Rules.Count(r => r.Status != RuleStatus.Draft && !rules.Excluded.Contains(r.Id)), "drafts are not loaded by default, so not listed");
        var uris = Results(sarif).Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct().ToList();
        uris.Should().HaveCount(3);
        uris.Should().OnlyContain(u => !u!.StartsWith('/') && u.EndsWith(".yaml", StringComparison.Ordinal));
    }

    [Test]
    public void Write_Stream_IsUtf8WithoutBomAndLfOnly()
    {
        using var stream = new MemoryStream();

        SarifReportWriter.Write(stream, FormatFixtures.Mixed());

        var bytes = stream.ToArray();
        bytes[0].Should().Be((byte)'{');
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(bytes).Should().Be(SarifReportWriter.ToSarif(FormatFixtures.Mixed()));
    }

    [Test]
    public void ArtifactUri_IsRelativeAndEscaped()
    {
        SarifReportWriter.ArtifactUri("samples/facilities/a b.yaml").Should().Be("samples/facilities/a%20b.yaml");
        SarifReportWriter.ArtifactUri("./site.yaml").Should().Be("site.yaml");
        SarifReportWriter.ArtifactUri(Path.Combine(Directory.GetCurrentDirectory(), "x", "site.yaml")).Should().Be("x/site.yaml");
        SarifReportWriter.ArtifactUri("/elsewhere-entirely/site.yaml").Should().StartWith("file:///");
    }
}
