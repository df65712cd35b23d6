using System.Text;
using System.Text.Json;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>The SARIF driver: the tool and its rules, each with help text and citation.</summary>
public static partial class SarifReportWriter
{
    private static void WriteDriver(Utf8JsonWriter w, List<RuleDescriptor> descriptors)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", ReportFormatting.ToolName);
        w.WriteString("fullName", "h2safety: hydrogen facility safety checker");
        w.WriteString("version", ReportFormatting.ToolVersion);
        w.WriteString("semanticVersion", ReportFormatting.ToolSemanticVersion);
        w.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            WriteRule(w, descriptor);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("name", PascalName(r.Id));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", r.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", FullDescription(r));
        w.WriteEndObject();
        if (ReportFormatting.HttpUrl(r.Source) is { } url)
        {
            w.WriteString("helpUri", url);
        }

        w.WriteStartObject("help");
        w.WriteString("text", HelpText(r));
        w.WriteString("markdown", HelpMarkdown(r));
        w.WriteEndObject();

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", ReportFormatting.SarifLevel(r.Severity, r.Status));
        w.WriteEndObject();

        w.WriteStartObject("properties");
        ReportJson.WriteStringArray(w, "tags", r.Tags.Distinct(StringComparer.Ordinal).Take(20));
        w.WriteString("severity", ReportVocabulary.Name(r.Severity));
        w.WriteString("status", ReportVocabulary.Name(r.Status));
        ReportJson.WriteStages(w, r.Stages);
        w.WriteString("ruleVersion", r.Version);
        ReportJson.WriteCitation(w, "citation", r.Source);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static List<RuleDescriptor> RuleDescriptors(List<ComplianceReport> reports, RuleSet? rules, string language)
    {
        var list = new List<RuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (rules is not null)
        {
            foreach (var rule in rules.Rules)
            {
                // Drafts are listed only when a finding of theirs is reported (drafts included), below.
                if (rule.Status != RuleStatus.Draft && !rules.Excluded.Contains(rule.Id) && seen.Add(rule.Id))
                {
                    list.Add(RuleDescriptor.From(rule, language));
                }
            }
        }

        var extra = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var finding in reports.SelectMany(r => r.Findings))
        {
            if (!seen.Contains(finding.RuleId) && !extra.ContainsKey(finding.RuleId))
            {
                extra[finding.RuleId] = RuleDescriptor.From(finding, language);
            }
        }

        list.AddRange(extra.Values);
        return list;
    }

    private static string FullDescription(RuleDescriptor r)
    {
        var text = new StringBuilder(r.Title.TrimEnd('.')).Append('.');
        if (r.Requirement is not null)
        {
            text.Append(" Requires: ").Append(r.Requirement).Append('.');
        }

        if (r.Applicability is not null)
        {
            text.Append(" Applies when: ").Append(r.Applicability).Append('.');
        }

        text.Append(" Source: ").Append(r.Source).Append('.');
        return text.ToString();
    }

    private static string HelpText(RuleDescriptor r)
    {
        var text = new StringBuilder(r.Title);
        if (r.Remediation is not null)
        {
            text.Append("\n\nRemediation: ").Append(r.Remediation);
        }

        text.Append("\n\nSource: ").Append(r.Source);
        if (r.Source.Url is not null)
        {
            text.Append(" <").Append(r.Source.Url).Append('>');
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleDescriptor r)
    {
        var text = new StringBuilder("**").Append(MarkdownReportWriter.Escape(r.Title)).Append("**");
        if (r.Remediation is not null)
        {
            text.Append("\n\n**Remediation:** ").Append(MarkdownReportWriter.Escape(r.Remediation));
        }

        text.Append("\n\n**Source:** ").Append(MarkdownReportWriter.CitationLink(r.Source));
        return text.ToString();
    }

    /// <summary><c>KR-HPG-PROTECTED-FACILITY-DIST</c> → <c>KrHpgProtectedFacilityDist</c>.</summary>
    private static string PascalName(string id)
    {
        var name = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upper = false;
        }

        return name.Length == 0 ? id : name.ToString();
    }

    /// <summary>What SARIF says about a rule, from its definition or, failing that, from one of its findings.</summary>
    private sealed record RuleDescriptor(
        string Id, string Title, Severity Severity, RuleStatus Status, IReadOnlyList<Stage> Stages, string Version,
        Citation Source, string? Remediation, IReadOnlyList<string> Tags, string? Requirement, string? Applicability)
    {
        public static RuleDescriptor From(RuleDefinition rule, string language) => new(
            rule.Id, rule.TitleIn(language), rule.Severity, rule.Status, rule.Stages, rule.Version, rule.Source, rule.RemediationIn(language), rule.Tags,
            rule.Require.Count == 0 ? null : string.Join(" and ", rule.Require.Select(r => OneLine(r.Text))),
            rule.When is null ? null : OneLine(rule.When.Text));

        public static RuleDescriptor From(Finding f, string language) => new(
            f.RuleId, f.TitleIn(language), f.Severity, f.Status, f.Stages, f.RuleVersion, f.Source, f.RemediationIn(language), [], null, null);

        private static string OneLine(string text) => string.Join(" ", text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
