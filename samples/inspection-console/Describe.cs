using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;

namespace InspectionConsole;

/// <summary>Console lines for what an edit changed.</summary>
public static class Describe
{
    /// <summary>
    /// One line per rule and binding that changed: <c>~</c> an outcome that changed (violation -&gt; pass),
    /// <c>+</c> a new binding, <c>-</c> a binding that is gone, <c>.</c> same outcome with new evidence.
    /// </summary>
    public static IEnumerable<string> Changes(FindingsChangedEventArgs change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var removed = change.Removed.ToDictionary(Key);
        var added = change.Added.ToDictionary(Key);
        foreach (var (key, after) in added)
        {
            if (!removed.TryGetValue(key, out var before))
            {
                yield return $"+ {Name(after.Outcome),-14} {Headline(after)}: {after.Message}";
            }
            else if (before.Outcome != after.Outcome)
            {
                yield return $"~ {Name(before.Outcome)} -> {Name(after.Outcome)}  {Headline(after)}: {after.Message}";
            }
            else
            {
                yield return $". {Name(after.Outcome),-14} {Headline(after)}: {after.Message}";
            }
        }

        foreach (var (key, before) in removed.Where(r => !added.ContainsKey(r.Key)))
        {
            yield return $"- {Name(before.Outcome),-14} {Headline(before)} (binding gone)";
        }
    }

    private static string Key(Finding f) => $"{f.RuleId}|{f.BindingKey}";

    private static string Headline(Finding f) =>
        $"[{f.Severity.ToString().ToLowerInvariant()}] {f.RuleId} ({TextReportWriter.SubjectsText(f)})";

    private static string Name(Outcome outcome) => outcome == Outcome.NotApplicable ? "not_applicable" : outcome.ToString().ToLowerInvariant();
}
