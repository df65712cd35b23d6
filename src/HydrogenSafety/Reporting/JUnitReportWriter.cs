using System.Globalization;
using System.Text;
using System.Xml;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>
/// Writes compliance reports as JUnit XML for CI test tabs: one <c>testsuite</c> per facility, one
/// <c>testcase</c> per rule and binding of its subjects, named <c>RULE-ID[subject ids]</c> (unique within
/// its suite) with the rule id as <c>classname</c>. A violation is a <c>failure</c>, an error an
/// <c>error</c>, an indeterminate outcome a <c>failure</c> unless <see cref="ReportOptions.AllowIndeterminate"/>
/// (then <c>skipped</c>); each carries the message, evidence and citation. Waived and not applicable outcomes
/// are <c>skipped</c> with the reason, and so are the outcomes of advisory rules (which never fail a run); passes are plain test cases. Every outcome is a test case whatever
/// <see cref="ReportOptions.ShowPasses"/>. UTF-8 without a byte order mark, two-space indentation, <c>\n</c>
/// line ends, no timestamps: the same reports always give the same bytes.
/// </summary>
public static class JUnitReportWriter
{
    // XmlWriterSettings is mutable, so each call gets its own (no shared static state).
    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Writes one report as a <c>testsuites</c> document with one suite.</summary>
    public static void Write(Stream stream, ComplianceReport report, ReportOptions? options = null) =>
        Write(stream, [report], options);

    /// <summary>Writes several reports, one suite per facility, in the order given.</summary>
    /// <param name="stream">Where to write UTF-8 bytes; left open.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">Whether indeterminate outcomes are allowed (skipped rather than failed).</param>
    public static void Write(Stream stream, IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new ReportOptions();
        var suites = reports.Select(r => Suite.Of(r ?? throw new ArgumentNullException(nameof(reports)), options)).ToList();
        using (var w = XmlWriter.Create(stream, Settings()))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", ReportFormatting.ToolName);
            WriteCounts(w, suites.Sum(s => s.Cases.Count), suites.Sum(s => s.Failures), suites.Sum(s => s.Errors), suites.Sum(s => s.Skipped));
            foreach (var suite in suites)
            {
                WriteSuite(w, suite, options.Language.Strings());
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>One report as JUnit XML text.</summary>
    public static string ToJUnit(ComplianceReport report, ReportOptions? options = null) => ToJUnit([report], options);

    /// <summary>Several reports as JUnit XML text, one suite per facility.</summary>
    public static string ToJUnit(IEnumerable<ComplianceReport> reports, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, reports, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteSuite(XmlWriter w, Suite suite, ReportStrings words)
    {
        var report = suite.Report;
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", Safe(report.FacilityId));
        WriteCounts(w, suite.Cases.Count, suite.Failures, suite.Errors, suite.Skipped);
        if (report.FacilityFile is not null)
        {
            w.WriteAttributeString("file", Safe(ReportVocabulary.PortablePath(report.FacilityFile)));
        }

        w.WriteStartElement("properties");
        WriteProperty(w, "facility", report.FacilityId);
        if (report.FacilityFile is not null)
        {
            WriteProperty(w, "facility.file", ReportVocabulary.PortablePath(report.FacilityFile));
        }

        WriteProperty(w, "rules.digest", report.RuleDigest);
        WriteProperty(w, "rules.evaluated", report.RulesEvaluated.ToString(CultureInfo.InvariantCulture));
        if (report.Profile is not null)
        {
            WriteProperty(w, "profile", report.Profile);
        }

        WriteProperty(w, "as_of", ReportVocabulary.Date(report.AsOf));
        WriteProperty(w, "summary", words.SummaryLine(report.Summary));
        w.WriteEndElement();

        foreach (var testCase in suite.Cases)
        {
            WriteCase(w, report, testCase, words);
        }

        if (report.Warnings.Count > 0)
        {
            var text = new StringBuilder();
            foreach (var warning in report.Warnings)
            {
                text.Append(warning).Append('\n');
            }

            w.WriteElementString("system-err", Safe(text.ToString()));
        }

        w.WriteEndElement();
    }

    private static void WriteCase(XmlWriter w, ComplianceReport report, TestCase testCase, ReportStrings words)
    {
        var f = testCase.Finding;
        w.WriteStartElement("testcase");
        w.WriteAttributeString("name", Safe(testCase.Name));
        w.WriteAttributeString("classname", Safe(f.RuleId));
        if (f.Location is { } location)
        {
            w.WriteAttributeString("file", Safe(ReportVocabulary.PortablePath(location.File)));
            w.WriteAttributeString("line", location.Line.ToString(CultureInfo.InvariantCulture));
        }
        else if (report.FacilityFile is not null)
        {
            w.WriteAttributeString("file", Safe(ReportVocabulary.PortablePath(report.FacilityFile)));
        }

        w.WriteAttributeString("time", "0");
        switch (testCase.State)
        {
            case CaseState.Failure:
            case CaseState.Error:
                w.WriteStartElement(testCase.State == CaseState.Failure ? "failure" : "error");
                w.WriteAttributeString("message", Safe(FailureMessage(f, words)));
                w.WriteAttributeString("type", Safe(f.Outcome == Outcome.Violation ? ReportVocabulary.Name(f.Severity) : ReportVocabulary.Name(f.Outcome)));
                w.WriteString(Safe(FailureBody(f, words)));
                w.WriteEndElement();
                break;
            case CaseState.Skipped:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", Safe(SkipMessage(f, words)));
                w.WriteEndElement();
                break;
        }

        w.WriteEndElement();
    }

    // JUnit keeps its machine words (the failure's type, the property names) in English for the tools that read
    // them; the sentences (outcome, severity and status words, labels, the rule's title, message and remediation)
    // are in the report's language.
    private static string FailureMessage(Finding f, ReportStrings words)
    {
        var status = f.Status == RuleStatus.Enforced ? string.Empty : $", {words.Status(f.Status)}";
        return $"{words.Outcome(f.Outcome)} ({words.Severity(f.Severity)}{status}): {ReportFormatting.MessageWithDetail(f, words)}";
    }

    private static string FailureBody(Finding f, ReportStrings words)
    {
        var body = new StringBuilder();
        body.Append(f.RuleId).Append(": ").Append(f.TitleIn(words.Code)).Append('\n');
        body.Append(words.JUnitLabel("subjects")).Append(": ").Append(ReportFormatting.SubjectPairs(f, words)).Append('\n');
        foreach (var line in TextReportWriter.DetailLines(f, words.Language))
        {
            body.Append(line).Append('\n');
        }

        if (f.Source.Url is not null)
        {
            body.Append(words.JUnitLabel("citation")).Append(": ").Append(f.Source.Url).Append('\n');
        }

        if (f.RemediationIn(words.Code) is { } remediation)
        {
            body.Append(words.JUnitLabel("remediation")).Append(": ").Append(remediation).Append('\n');
        }

        return body.ToString();
    }

    private static string SkipMessage(Finding f, ReportStrings words) => f.Outcome switch
    {
        Outcome.Violation or Outcome.Indeterminate or Outcome.Error when f.Status != RuleStatus.Enforced =>
            words.AdvisorySkip(words.Status(f.Status), FailureMessage(f, words)),
        Outcome.Waived when f.Waiver is { } waiver => $"{words.Outcome(Outcome.Waived)}: {ReportFormatting.WaiverLine(f, waiver, words)}",
        Outcome.Waived => words.Outcome(Outcome.Waived),
        Outcome.NotApplicable => string.IsNullOrWhiteSpace(f.MessageIn(words.Code))
            ? words.OutcomePhrase(Outcome.NotApplicable)
            : $"{words.OutcomePhrase(Outcome.NotApplicable)}: {f.MessageIn(words.Code)}",
        _ => $"{words.Outcome(Outcome.Indeterminate)} ({words.Allowed}): {ReportFormatting.MessageWithDetail(f, words)}",
    };

    private static void WriteCounts(XmlWriter w, int tests, int failures, int errors, int skipped)
    {
        w.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", "0");
    }

    private static void WriteProperty(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", Safe(value));
        w.WriteEndElement();
    }

    private static string Safe(string text) => ReportFormatting.XmlSafe(text);

    private enum CaseState
    {
        Passed,
        Failure,
        Error,
        Skipped,
    }

    private sealed record TestCase(string Name, Finding Finding, CaseState State);

    private sealed record Suite(ComplianceReport Report, List<TestCase> Cases)
    {
        public int Failures => Cases.Count(c => c.State == CaseState.Failure);

        public int Errors => Cases.Count(c => c.State == CaseState.Error);

        public int Skipped => Cases.Count(c => c.State == CaseState.Skipped);

        public static Suite Of(ComplianceReport report, ReportOptions options)
        {
            var cases = new List<TestCase>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in report.Findings)
            {
                var baseName = $"{f.RuleId}[{f.BindingKey}]";
                var name = baseName;
                for (var n = 2; !names.Add(name); n++)
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"{baseName} #{n}");
                }

                var state = f.Outcome switch
                {
                    // An advisory rule never fails a run (SPEC §4), so it never fails the CI test tab either.
                    Outcome.Violation or Outcome.Indeterminate or Outcome.Error when f.Status != RuleStatus.Enforced => CaseState.Skipped,
                    Outcome.Violation => CaseState.Failure,
                    Outcome.Indeterminate => options.AllowIndeterminate ? CaseState.Skipped : CaseState.Failure,
                    Outcome.Error => CaseState.Error,
                    Outcome.Waived or Outcome.NotApplicable => CaseState.Skipped,
                    _ => CaseState.Passed,
                };
                cases.Add(new TestCase(name, f, state));
            }

            return new Suite(report, cases);
        }
    }
}
