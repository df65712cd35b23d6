using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>Turns loaded rule files into a checked <see cref="RuleSet"/>, or throws with every diagnostic.</summary>
internal static class RuleSetBuilder
{
    /// <summary>
    /// Checks the rules (and the parts of broken files in <paramref name="broken"/>, so that all errors are
    /// reported together) and builds the set; throws with every diagnostic when there is any error.
    /// </summary>
    public static RuleSet Build(IReadOnlyList<RuleDefinition> rules, IReadOnlyList<LookupTable> tables, IReadOnlyList<Diagnostic> loadDiagnostics, CheckableParts? broken = null)
    {
        broken ??= CheckableParts.None;
        var diagnostics = new List<Diagnostic>(loadDiagnostics);
        var total = rules.Count + broken.Rules.Count;
        if (total > Yaml.YamlLimits.MaxRules)
        {
            var span = rules.Count > Yaml.YamlLimits.MaxRules ? rules[Yaml.YamlLimits.MaxRules].Span : broken.Rules[Yaml.YamlLimits.MaxRules - rules.Count].Rule.Span;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LimitExceeded, span,
                $"too many rules: {total}; the limit is {Yaml.YamlLimits.MaxRules} for one rule set"));
        }

        var tableMap = new Dictionary<string, LookupTable>(StringComparer.Ordinal);
        foreach (var t in tables.Concat(broken.Tables))
        {
            tableMap.TryAdd(t.Name, t);
        }

        var unreadableTables = broken.UnreadableTables.Where(name => !tableMap.ContainsKey(name)).ToFrozenSet(StringComparer.Ordinal);
        var checkedRules = new List<CheckedRule>();
        if (total <= Yaml.YamlLimits.MaxRules)
        {
            foreach (var rule in rules)
            {
                if (RuleChecker.Check(rule, tableMap, diagnostics) is { } c)
                {
                    checkedRules.Add(c);
                }
            }

            // Only to report their errors: a rule set with broken parts has errors and is never built.
            foreach (var draft in broken.Rules)
            {
                RuleChecker.Check(draft, tableMap, unreadableTables, diagnostics);
            }
        }

        var ordered = Order(diagnostics);
        if (ordered.Any(d => d.IsError))
        {
            throw new LoadException(ordered);
        }

        checkedRules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new RuleSet(checkedRules, tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(), ordered, Digest(checkedRules, tables));
    }

    /// <summary>Diagnostics in file, line, column order, duplicates removed.</summary>
    public static List<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The content digest of a rule set: every rule's meaning (after any profile's severity and parameter overrides),
    /// every table, and the rules a profile leaves out, so that two reports with one digest were judged alike.
    /// </summary>
    public static string Digest(IEnumerable<CheckedRule> rules, IEnumerable<LookupTable> tables, IEnumerable<string>? excluded = null)
    {
        var sb = new StringBuilder();
        foreach (var r in rules)
        {
            var d = r.Definition;
            sb.Append(CultureInfo.InvariantCulture, $"rule {d.Id} {d.Version} {d.Status} {d.Severity} {string.Join(",", d.Stages)}\n");
            sb.Append(CultureInfo.InvariantCulture, $" from {d.EffectiveFrom} until {d.EffectiveUntil} in {string.Join(",", d.Jurisdictions ?? [])}\n");
            sb.Append(CultureInfo.InvariantCulture, $" for {(d.IsFacilityRule ? "facility" : string.Join(";", d.Subjects.Select(s => $"{s.Name}:{string.Join(",", s.Kinds)}:{s.Where?.Text}")))}\n");
            sb.Append(CultureInfo.InvariantCulture, $" when {d.When?.Text}\n");
            foreach (var q in d.Require)
            {
                sb.Append(CultureInfo.InvariantCulture, $" require {q.Text}\n");
            }

            foreach (var (k, v) in d.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $" param {k}={v}\n");
            }

            sb.Append(CultureInfo.InvariantCulture, $" message {d.Message?.Text}\n source {d.Source}\n");
        }

        foreach (var t in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"table {t.Name} {t.KeyDimension} {t.GapsAllowed}\n");
            foreach (var row in t.Rows)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {row.Describe()}: {string.Join(", ", row.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}\n");
            }
        }

        foreach (var id in (excluded ?? []).Order(StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"excluded {id}\n");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "sha256:" + Convert.ToHexStringLower(hash);
    }
}
