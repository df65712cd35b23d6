using System.Globalization;
using System.Text;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>Words, phrases and escaping shared by the rule-authoring commands (test, rules, explain, compare).</summary>
internal static class AuthoringText
{
    /// <summary>The prefix of the names of built-in rule files, e.g. <c>builtin:rules/kr/hpg/x.yaml</c>.</summary>
    public const string BuiltInRulesPrefix = "builtin:rules/";

    /// <summary>A stage as rule files write it.</summary>
    public static string Word(Stage stage) => stage.ToString().ToLowerInvariant();

    /// <summary>A severity as rule files write it.</summary>
    public static string Word(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>A status as rule files write it.</summary>
    public static string Word(RuleStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The stages joined with commas.</summary>
    public static string Stages(IEnumerable<Stage> stages) => string.Join(", ", stages.Select(Word));

    /// <summary>
    /// The rule's subjects in the words' language (<see cref="Reporting.ReportStrings.Subjects"/>): "for each storage
    /// vessel (vessel) and air intake (intake), different components", or "for the facility as a whole".
    /// </summary>
    public static string SubjectsPhrase(RuleDefinition rule, Reporting.ReportStrings words) => words.Subjects(rule);

    /// <summary>Document, edition, clause; without the address.</summary>
    public static string Citation(Citation source) => source.ToString();

    /// <summary>Effective dates in words.</summary>
    public static string Effective(RuleDefinition rule) => (rule.EffectiveFrom, rule.EffectiveUntil) switch
    {
        ({ } from, { } until) => $"from {Date(from)} until {Date(until)} (inclusive)",
        ({ } from, null) => $"from {Date(from)}",
        (null, { } until) => $"until {Date(until)} (inclusive)",
        _ => "no effective dates given (always, when selected)",
    };

    /// <summary>An ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The jurisdictions, or "everywhere".</summary>
    public static string Jurisdictions(RuleDefinition rule) =>
        rule.Jurisdictions is { Count: > 0 } list ? string.Join(", ", list) : "everywhere (no jurisdiction named)";

    /// <summary>A file name for display: built-in files lose their <c>builtin:</c> prefix (<c>rules/kr/…</c>).</summary>
    public static string DisplayFile(string file) =>
        file.StartsWith("builtin:", StringComparison.Ordinal) ? file["builtin:".Length..] : file;

    /// <summary>An integer, invariant.</summary>
    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 rule", "2 rules".</summary>
    public static string Count(int n, string singular, string plural) => $"{Number(n)} {(n == 1 ? singular : plural)}";

    /// <summary>Text on one line: runs of white space, line breaks included, become one space.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text for a Markdown table cell: on one line, pipes escaped.</summary>
    public static string Cell(string? text) =>
        OneLine(text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Inline code for Markdown, on one line; backticks inside are handled with a longer fence.</summary>
    public static string Code(string text)
    {
        var line = OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = line.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        return $"{fence}{(fence.Length > 1 ? " " : string.Empty)}{line}{(fence.Length > 1 ? " " : string.Empty)}{fence}";
    }

    /// <summary>The outcomes worst first: violation, error, indeterminate, waived, pass, not applicable.</summary>
    public static IEnumerable<(Outcome Outcome, int Count)> WorstFirst(OutcomeCounts counts)
    {
        yield return (Outcome.Violation, counts.Violation);
        yield return (Outcome.Error, counts.Error);
        yield return (Outcome.Indeterminate, counts.Indeterminate);
        yield return (Outcome.Waived, counts.Waived);
        yield return (Outcome.Pass, counts.Pass);
        yield return (Outcome.NotApplicable, counts.NotApplicable);
    }

    /// <summary>Outcome counts in words, worst first: <c>violation ×2, pass ×1</c>; all not applicable: <c>not applicable</c>.</summary>
    public static string Outcomes(OutcomeCounts counts)
    {
        var parts = WorstFirst(counts).Where(c => c.Count > 0 && c.Outcome != Outcome.NotApplicable)
            .Select(c => c.Count == 1 ? OutcomeNames.Of(c.Outcome) : $"{OutcomeNames.Of(c.Outcome)} ×{Number(c.Count)}")
            .ToList();
        return parts.Count == 0 ? "not applicable" : string.Join(", ", parts);
    }

    /// <summary>Outcome counts in the words' language, worst first (English: exactly <see cref="Outcomes(OutcomeCounts)"/>).</summary>
    public static string Outcomes(OutcomeCounts counts, Reporting.ReportStrings words)
    {
        if (words.Language == Reporting.ReportLanguage.English)
        {
            return Outcomes(counts);
        }

        var parts = WorstFirst(counts).Where(c => c.Count > 0 && c.Outcome != Outcome.NotApplicable)
            .Select(c => c.Count == 1 ? words.Outcome(c.Outcome) : $"{words.Outcome(c.Outcome)} ×{Number(c.Count)}")
            .ToList();
        return parts.Count == 0 ? words.OutcomePhrase(Outcome.NotApplicable) : string.Join(", ", parts);
    }

    /// <summary>Every line of a (possibly multi-line) text, each prefixed with <paramref name="indent"/>.</summary>
    public static void WriteIndented(StringBuilder sb, string text, string indent)
    {
        foreach (var line in text.Trim().Split('\n'))
        {
            sb.Append(indent).Append(line.TrimEnd()).Append('\n');
        }
    }

    /// <summary>
    /// Rule ids near <paramref name="id"/>: the same id in another case, ids that contain it, or ids a few
    /// edits away; at most <paramref name="max"/>, best first.
    /// </summary>
    public static IReadOnlyList<string> NearIds(string id, IEnumerable<string> ids, int max = 3)
    {
        var all = ids.ToList();
        var sameCase = all.Where(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameCase.Count > 0)
        {
            return sameCase;
        }

        var containing = all.Where(i => i.Contains(id, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(max).ToList();
        if (containing.Count > 0 && id.Length >= 3)
        {
            return containing;
        }

        var limit = Math.Max(2, id.Length / 4);
        return all.Select(i => (Id: i, Distance: Levenshtein(i.ToUpperInvariant(), id.ToUpperInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Id)
            .ToList();
    }

    /// <summary>"; did you mean 'A'?" or "; did you mean 'A', 'B' or 'C'?" or nothing.</summary>
    public static string DidYouMean(IReadOnlyList<string> near) => near.Count switch
    {
        0 => string.Empty,
        1 => $"; did you mean '{near[0]}'?",
        _ => "; did you mean " + string.Join(", ", near.Take(near.Count - 1).Select(n => $"'{n}'")) + $" or '{near[^1]}'?",
    };

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
