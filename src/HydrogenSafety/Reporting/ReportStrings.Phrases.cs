using System.Text.RegularExpressions;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Reporting;

/// <summary>Phrases built from parts: a rule's subjects, JUnit's reasons, values a message could not compute, table bands.</summary>
public abstract partial class ReportStrings
{
    /// <summary>
    /// The rule's subjects in words, as <c>explain</c> and <c>compare</c> print them: English <c>for each storage vessel
    /// (vessel) and air intake (intake), different components</c> or <c>for the facility as a whole (one outcome per
    /// facility)</c>; Korean and Japanese keep kind and subject names as the rule writes them.
    /// </summary>
    public string Subjects(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsFacilityRule || rule.Subjects.Count == 0)
        {
            return SubjectsWhole;
        }

        var joins = SubjectJoins;
        var parts = rule.Subjects.Select(s =>
            $"{Kinds(s.Kinds, joins)} ({s.Name}{(s.Where is null ? string.Empty : joins.Where + OneLine(s.Where.Text))})").ToList();
        var joined = parts.Count == 1 ? parts[0] : string.Join(joins.Comma, parts.Take(parts.Count - 1)) + joins.And + parts[^1];
        return SubjectsEach(joined, parts.Count > 1);
    }

    /// <summary>A facility-level rule's subjects (English: <c>for the facility as a whole (one outcome per facility)</c>).</summary>
    private protected abstract string SubjectsWhole { get; }

    /// <summary>The subjects joined, with <c>for each</c> (and <c>, different components</c> when <paramref name="several"/>).</summary>
    private protected abstract string SubjectsEach(string joined, bool several);

    /// <summary>The kind <c>component</c>, or no kind (English: <c>any component</c>).</summary>
    private protected abstract string AnyComponent { get; }

    /// <summary>One kind in words (English: <c>storage_vessel</c> → <c>storage vessel</c>).</summary>
    private protected abstract string KindWord(string kind);

    /// <summary>The joins of the subjects phrase (English: <c>", "</c>, <c>" or "</c>, <c>" and "</c>, <c>", where "</c>).</summary>
    private protected abstract (string Comma, string Or, string And, string Where) SubjectJoins { get; }

    /// <summary>
    /// The message of a rule's not-applicable finding when no component matches its subjects; <paramref name="kinds"/>
    /// lists them as the rule writes them (<c>vessel: storage_vessel, intake: air_intake</c>).
    /// </summary>
    internal abstract string NoComponentMatches(string kinds);

    /// <summary>A value a translated message could not compute (English: <c>unknown</c>).</summary>
    internal abstract string UnknownValue { get; }

    /// <summary>A value whose evaluation failed, in a translated message (English: <c>(error)</c>).</summary>
    internal abstract string ErrorValue { get; }

    /// <summary>A label of a JUnit failure's body: <paramref name="field"/> is <c>subjects</c>, <c>citation</c> or <c>remediation</c>.</summary>
    internal abstract string JUnitLabel(string field);

    /// <summary>JUnit's reason to skip an advisory or draft rule's problem (English: <c>advisory rule, never fails a run: MESSAGE</c>).</summary>
    internal abstract string AdvisorySkip(string status, string failure);

    /// <summary>A table row as <see cref="Evaluation.Evidence.Row"/> records it (<c>over A up to B</c>), in this language's band words.</summary>
    private protected string RowBand(string row)
    {
        var match = Regex.Match(row, "^(?:over (?<over>.+?))?(?: ?up to (?<upto>.+))?$", RegexOptions.CultureInvariant);
        if (row == "any value")
        {
            return Band(null, null);
        }

        return match.Success && row.Length > 0
            ? Band(match.Groups["over"].Success ? match.Groups["over"].Value : null, match.Groups["upto"].Success ? match.Groups["upto"].Value : null)
            : row;
    }

    private string Kinds(IReadOnlyList<string> kinds, (string Comma, string Or, string And, string Where) joins) => kinds.Count switch
    {
        0 => AnyComponent,
        1 => Kind(kinds[0]),
        _ => string.Join(joins.Comma, kinds.Take(kinds.Count - 1).Select(Kind)) + joins.Or + Kind(kinds[^1]),
    };

    private string Kind(string kind) => string.Equals(kind, SubjectDeclaration.AnyKind, StringComparison.Ordinal) ? AnyComponent : KindWord(kind);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
