using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>Small helpers the SARIF, JUnit, Markdown and HTML writers share.</summary>
internal static class ReportFormatting
{
    /// <summary>The tool's name in every format.</summary>
    public const string ToolName = "h2safety";

    private static readonly Lazy<string> s_version = new(() =>
        typeof(ReportFormatting).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ReportFormatting).Assembly.GetName().Version?.ToString()
        ?? "0.0.0");

    /// <summary>The library's informational version, e.g. <c>0.1.0+1f703f6…</c>.</summary>
    public static string ToolVersion => s_version.Value;

    /// <summary>The version without build metadata, e.g. <c>0.1.0</c>.</summary>
    public static string ToolSemanticVersion
    {
        get
        {
            var version = ToolVersion;
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>
    /// The SARIF level of a failing result: error for critical and high, warning for medium, note below. An advisory
    /// rule never fails a run (SPEC §4), so its results are at most a warning.
    /// </summary>
    public static string SarifLevel(Severity severity, RuleStatus status)
    {
        var level = severity switch
        {
            Severity.Critical or Severity.High => "error",
            Severity.Medium => "warning",
            _ => "note",
        };
        return status != RuleStatus.Enforced && level == "error" ? "warning" : level;
    }

    /// <summary>The citation's address when it is an absolute http(s) URL, else null (so no other scheme becomes a link).</summary>
    public static string? HttpUrl(Citation source) =>
        source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>
    /// The one-line sentence of a violation's deciding comparisons, e.g. <c>expected ≥ 17 m, got 16.5 m: short by
    /// 0.508 m</c> (several joined by <c>; </c>); null for other outcomes or where no comparison decided.
    /// </summary>
    public static string? Decision(Finding f) => Decision(f, ReportStrings.English);

    /// <summary>The one-line sentence of a violation's deciding comparisons, in the words' language.</summary>
    public static string? Decision(Finding f, ReportStrings words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var violated = f.Outcome == Outcome.Violation || (f.Outcome == Outcome.Waived && f.WaivedOutcome == Outcome.Violation);
        if (!violated)
        {
            return null;
        }

        var statements = f.Evidence.Where(e => e.Statement is not null && e.Table is null).Select(e => words.Statement(e)!).Distinct(StringComparer.Ordinal).ToList();
        return statements.Count == 0 ? null : string.Join("; ", statements);
    }

    /// <summary>The finding's message (or its rule's title when empty), with what was missing or why it failed.</summary>
    public static string MessageWithDetail(Finding f) => MessageWithDetail(f, ReportStrings.English);

    /// <summary>The finding's message in the words' language (or its title), with what was missing or why it failed.</summary>
    public static string MessageWithDetail(Finding f, ReportStrings words)
    {
        var message = f.MessageIn(words.Code);
        var text = string.IsNullOrWhiteSpace(message) ? f.TitleIn(words.Code) : message;
        if (Decision(f, words) is { } decision)
        {
            text += $" ({decision})";
        }

        if (f.Missing.Count > 0)
        {
            text += $" ({words.MissingLabel}: {string.Join(", ", f.Missing)})";
        }

        if (f.Outcome == Outcome.Error && !string.IsNullOrEmpty(f.Error))
        {
            text += $" ({words.ErrorLabel}: {f.Error})";
        }

        return text;
    }

    /// <summary>One line about the waiver of a waived finding: reason, approver, expiry and the outcome it covers.</summary>
    public static string WaiverLine(Finding f, WaiverDeclaration waiver) => WaiverLine(f, waiver, ReportStrings.English);

    /// <summary>One line about the waiver of a waived finding, in the words' language.</summary>
    public static string WaiverLine(Finding f, WaiverDeclaration waiver, ReportStrings words) => TextReportWriter.WaiverDetail(f, waiver, words);

    /// <summary>Subject ids joined by commas, or <c>facility</c> for a facility-level finding.</summary>
    public static string SubjectIds(Finding f) => f.BindingKey;

    /// <summary>Subject ids joined by commas, or the word for a facility-level finding in the words' language.</summary>
    public static string SubjectIds(Finding f, ReportStrings words)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(words);
        return f.Subjects.Count == 0 ? words.FacilitySubject : f.BindingKey;
    }

    /// <summary>Subjects as <c>name=id, name=id</c>, or <c>facility</c>.</summary>
    public static string SubjectPairs(Finding f) => TextReportWriter.SubjectsText(f);

    /// <summary>Subjects as <c>name=id, name=id</c>, or the word for the facility in the words' language.</summary>
    public static string SubjectPairs(Finding f, ReportStrings words) => TextReportWriter.SubjectsText(f, words.Language);

    /// <summary>
    /// A stable fingerprint of a finding: SHA-256 of the facility id, rule id and bound subjects. Line
    /// numbers, messages and values are left out so that the same finding keeps its fingerprint across runs.
    /// </summary>
    public static string Fingerprint(string facilityId, Finding f)
    {
        var key = new StringBuilder();
        key.Append(facilityId).Append('\n').Append(f.RuleId);
        foreach (var subject in f.Subjects)
        {
            key.Append('\n').Append(subject.Name).Append('=').Append(subject.ComponentId);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The primary stage of a finding (its first), for grouping.</summary>
    public static Stage? PrimaryStage(Finding f) => f.Stages.Count == 0 ? null : f.Stages[0];

    /// <summary>A number with at most <paramref name="decimals"/> decimals, invariant.</summary>
    public static string Number(double value, int decimals = 2)
    {
        var rounded = Math.Round(value, decimals);
        return (rounded == 0 ? 0 : rounded).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    /// <summary>The facility a report was made from, matched by id and file; null when none matches.</summary>
    public static Facility? FacilityOf(ComplianceReport report, IReadOnlyList<Facility> facilities)
    {
        Facility? byId = null;
        foreach (var facility in facilities)
        {
            if (!string.Equals(facility.Id, report.FacilityId, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(facility.File, report.FacilityFile, StringComparison.Ordinal))
            {
                return facility;
            }

            byId ??= facility;
        }

        return byId;
    }

    /// <summary>Removes characters XML 1.0 cannot carry (most control characters, lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if (!IsXmlChar(c))
            {
                clean = false;
                break;
            }
        }

        if (clean && !HasLoneSurrogate(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(c) && IsXmlChar(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }

        return sb.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
