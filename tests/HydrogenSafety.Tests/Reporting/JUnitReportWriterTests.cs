using System.Xml;
using System.Xml.Linq;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Reporting;

public class JUnitReportWriterTests
{
    private const string ViolationAndPassXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <testsuites name="h2safety" tests="2" failures="1" errors="0" skipped="0" time="0">
          <testsuite name="ulsan-hrs-01" tests="2" failures="1" errors="0" skipped="0" time="0" file="samples/facilities/ulsan.yaml">
            <properties>
              <property name="facility" value="ulsan-hrs-01" />
              <property name="facility.file" value="samples/facilities/ulsan.yaml" />
              <property name="rules.digest" value="sha256:0123abcd" />
              <property name="rules.evaluated" value="2" />
              <property name="as_of" value="2026-01-05" />
              <property name="summary" value="1 violation, 0 indeterminate, 0 errors, 1 passed, 0 not applicable" />
            </properties>
            <testcase name="EX-GH2-SEP-AIR-INTAKE[TK-101,AI-1]" classname="EX-GH2-SEP-AIR-INTAKE" file="samples/facilities/ulsan.yaml" line="14" time="0">
              <failure message="violation (high): TK-101 is 6.2 m from air intake AI-1" type="high">EX-GH2-SEP-AIR-INTAKE: Gaseous hydrogen storage is separated from air intakes
        subjects: vessel=TK-101, intake=AI-1
        TK-101 is 6.2 m from air intake AI-1
        evidence: 6.2 m &gt;= 9 m  [distance(vessel, intake) &gt;= example_gh2_separation(vessel.pressure).air_intake]
        evidence: example_gh2_separation(vessel.pressure); table example_gh2_separation, row over 1.72 MPa up to 20.7 MPa
        source: Example Code, 2024, 7.3.2
        at: samples/facilities/ulsan.yaml:14
        remediation: Relocate the vessel or the intake.
        </failure>
            </testcase>
            <testcase name="EX-PRD[TK-101]" classname="EX-PRD" file="samples/facilities/ulsan.yaml" line="9" time="0" />
          </testsuite>
        </testsuites>

        """;

    private static XDocument Parse(string xml) => XDocument.Parse(xml, LoadOptions.None);

    [Test]
    public void ToJUnit_ViolationAndPass_WritesExactText()
    {
        var xml = JUnitReportWriter.ToJUnit(SampleReports.Report(SampleReports.Violation(), SampleReports.Pass()));

        xml.Should().Be(ViolationAndPassXml.ReplaceLineEndings("\n"));
    }

    [Test]
    public void ToJUnit_IsWellFormed_WithUniqueNamesAndCountsThatAddUp()
    {
        var xml = JUnitReportWriter.ToJUnit([FormatFixtures.Mixed(), FormatFixtures.WaiverScenario().Report]);

        using (var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                // Reading to the end throws on any well-formedness error.
            }
        }

        var doc = Parse(xml);
        var suites = doc.Root!.Elements("testsuite").ToList();
        suites.Should().HaveCount(2);
        foreach (var suite in suites)
        {
            var cases = suite.Elements("testcase").ToList();
            cases.Select(c => (string)c.Attribute("name")!).Should().OnlyHaveUniqueItems();
            ((int)suite.Attribute("tests")!).Should().Be(cases.Count);
            ((int)suite.Attribute("failures")!).Should().Be(cases.Count(c => c.Element("failure") is not null));
            ((int)suite.Attribute("errors")!).Should().Be(cases.Count(c => c.Element("error") is not null));
            ((int)suite.Attribute("skipped")!).Should().Be(cases.Count(c => c.Element("skipped") is not null));
        }

        ((int)doc.Root!.Attribute("tests")!).Should().Be(suites.Sum(s => (int)s.Attribute("tests")!));
        ((int)doc.Root!.Attribute("failures")!).Should().Be(suites.Sum(s => (int)s.Attribute("failures")!));
    }

    [Test]
    public void ToJUnit_EveryOutcome_MapsToItsState()
    {
        var doc = Parse(JUnitReportWriter.ToJUnit(FormatFixtures.Mixed()));
        var cases = doc.Descendants("testcase").ToDictionary(c => (string)c.Attribute("name")!);

        cases["EX-VENT-HEIGHT[VS-1]"].Should().NotBeNull();
        var indeterminate = doc.Descendants("testcase").First(c => (string)c.Attribute("name")! == "EX-VENT-HEIGHT[VS-1]");
        indeterminate.Element("failure")!.Attribute("type")!.Value.Should().Be("indeterminate");
        indeterminate.Element("failure")!.Value.Should().Contain("missing: VS-1.height");
        cases["EX-RATIO[facility]"].Element("error")!.Attribute("message")!.Value.Should().Contain("division by zero");
        cases["EX-LIQUID[facility]"].Element("skipped")!.Attribute("message")!.Value.Should().Be("not applicable");
        cases["EX-PRD[TK-101]"].Elements().Should().BeEmpty();
        cases["EX-GH2-SEP-AIR-INTAKE[TK-101,AI-1]"].Element("failure")!.Attribute("type")!.Value.Should().Be("high");
    }

    [Test]
    public void ToJUnit_WaivedAndNotApplicable_AreSkippedWithTheReason()
    {
        var doc = Parse(JUnitReportWriter.ToJUnit(FormatFixtures.Mixed()));

        var waived = doc.Descendants("testcase").Where(c => c.Element("skipped")?.Attribute("message")?.Value.StartsWith("waived", StringComparison.Ordinal) == true).ToList();
        waived.Should().HaveCount(2);
        waived.Select(c => c.Element("skipped")!.Attribute("message")!.Value).Should().Contain(
            "waived: 2-hour fire wall between vessel and intake (approved by inspector 2026-041, expires 2027-06-30; was violation)");
        waived.Select(c => c.Element("skipped")!.Attribute("message")!.Value).Should().Contain(m => m.EndsWith("was indeterminate)", StringComparison.Ordinal));
        // A waived finding and the open one of the same rule and binding keep unique names.
        doc.Descendants("testcase").Select(c => (string)c.Attribute("name")!).Should().Contain("EX-GH2-SEP-AIR-INTAKE[TK-101,AI-1] #2");
        doc.Descendants("system-err").Single().Value.Should().Contain("H2S0501").And.Contain("H2S0502");
    }

    [Test]
    public void ToJUnit_AllowIndeterminate_SkipsIndeterminate()
    {
        var doc = Parse(JUnitReportWriter.ToJUnit(SampleReports.Report(SampleReports.Indeterminate()), new ReportOptions { AllowIndeterminate = true }));

        var testCase = doc.Descendants("testcase").Single();
        testCase.Element("failure").Should().BeNull();
        testCase.Element("skipped")!.Attribute("message")!.Value.Should().StartWith("indeterminate (allowed): VS-1 discharge height unknown");
        ((int)doc.Root!.Attribute("failures")!).Should().Be(0);
    }

    [Test]
    public void ToJUnit_ControlCharactersAndMarkup_AreEscapedOrReplaced()
    {
        var f = SampleReports.Violation();
        f = new Finding
        {
            RuleId = f.RuleId, Title = "<b>&title\u0001", RuleVersion = f.RuleVersion, Outcome = f.Outcome, Severity = Severity.High,
            Status = RuleStatus.Enforced, Stages = f.Stages, Subjects = f.Subjects, Message = "a \"quoted\" <msg> & \u0007bell\nnext line", Source = f.Source,
        };

        var xml = JUnitReportWriter.ToJUnit(SampleReports.Report(f));

        var failure = Parse(xml).Descendants("failure").Single();
        failure.Attribute("message")!.Value.Should().Be("violation (high): a \"quoted\" <msg> & \uFFFDbell\nnext line");
        failure.Value.Should().StartWith("EX-GH2-SEP-AIR-INTAKE: <b>&title\uFFFD\n");
    }

    [Test]
    public void ToJUnit_SameReports_SameBytes()
    {
        JUnitReportWriter.ToJUnit(FormatFixtures.Mixed()).Should().Be(JUnitReportWriter.ToJUnit(FormatFixtures.Mixed()));
    }
}
