using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation.Waivers;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Profiles;

/// <summary>Checks a profile against a rule set and applies it: selection, severity and parameter overrides.</summary>
internal static class ProfileTailoring
{
    public static RuleSet Apply(RuleSet rules, Profile profile)
    {
        var diagnostics = new List<Diagnostic>();
        var tailored = Check(rules, profile, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new LoadException(RuleSetBuilder.Order(diagnostics));
        }

        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            var included = profile.Include.Count == 0 || profile.Include.Any(s => s.Matches(rule));
            if (!included || profile.Exclude.Any(s => s.Matches(rule)))
            {
                excluded.Add(rule.Id);
            }
        }

        // The digest covers what the profile changed (severities, parameters, left-out rules) as well.
        var digest = RuleSetBuilder.Digest(tailored, rules.Tables, excluded);
        return new RuleSet(tailored, rules.Tables, rules.Warnings, digest, profile.Name, excluded);
    }

    /// <summary>Checks a profile (or the readable part of a broken one) against the rules; adds every problem to <paramref name="diagnostics"/> and returns the tailored rules.</summary>
    public static List<CheckedRule> Check(RuleSet rules, Profile profile, List<Diagnostic> diagnostics)
    {
        var file = profile.File ?? profile.Name;
        foreach (var selector in profile.Include.Concat(profile.Exclude))
        {
            CheckSelector(rules, selector, diagnostics, file);
        }

        var tables = rules.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var tailored = new List<CheckedRule>();
        foreach (var rule in rules.Checked)
        {
            if (!profile.Overrides.TryGetValue(rule.Id, out var change))
            {
                tailored.Add(rule);
                continue;
            }

            var parameters = new Dictionary<string, AttributeValue>(rule.Definition.Params, StringComparer.Ordinal);
            foreach (var (name, value) in change.Params)
            {
                var span = value.Span ?? change.Span ?? SourceSpan.Start(file);
                if (!rule.Definition.Params.TryGetValue(name, out var declared))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownParameter, span,
                        $"rule {rule.Id} declares no parameter '{name}'" + Expressions.Binding.NameSuggestions.Hint(name, rule.Definition.Params.Keys)));
                }
                else if (declared.Kind != value.Kind || (declared.Kind == ValueKind.Quantity && declared.Quantity.Dimension != value.Quantity.Dimension))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownParameter, span,
                        $"parameter '{name}' of rule {rule.Id} is {Describe(declared)}, not {Describe(value)}"));
                }
                else
                {
                    parameters[name] = value;
                }
            }

            var definition = rule.Definition.Tailored(change.Severity ?? rule.Definition.Severity, parameters);
            if (RuleChecker.Check(definition, tables, diagnostics) is { } checkedRule)
            {
                tailored.Add(checkedRule);
            }
        }

        foreach (var (id, change) in profile.Overrides)
        {
            if (!rules.Rules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownRule, change.Span ?? SourceSpan.Start(file),
                    $"the profile overrides rule '{id}', which is not loaded" + Expressions.Binding.NameSuggestions.Hint(id, rules.Rules.Select(r => r.Id))));
            }
        }

        return tailored;
    }

    private static void CheckSelector(RuleSet rules, RuleSelector selector, List<Diagnostic> diagnostics, string file)
    {
        var span = selector.Span ?? SourceSpan.Start(file);
        foreach (var glob in selector.Ids.Where(g => !rules.Rules.Any(r => RuleIdGlob.IsMatch(g, r.Id))))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownRule, span,
                $"'{glob}' matches no loaded rule" + Expressions.Binding.NameSuggestions.Hint(glob, rules.Rules.Select(r => r.Id))));
        }

        var tags = rules.Rules.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in selector.Tags.Where(t => !tags.Contains(t)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownSelector, span, $"no loaded rule has the tag '{tag}'" + Expressions.Binding.NameSuggestions.Hint(tag, tags)));
        }

        var jurisdictions = rules.Rules.SelectMany(r => r.Jurisdictions ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var j in selector.Jurisdictions.Where(j => !jurisdictions.Contains(j)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ProfileUnknownSelector, span, $"no loaded rule names the jurisdiction '{j}'"));
        }
    }

    private static string Describe(AttributeValue v) => v.Kind switch
    {
        ValueKind.Quantity => Expressions.Binding.ExprType.Number(v.Quantity.Dimension).ToString(),
        _ => v.Kind.ToString().ToLowerInvariant(),
    };
}
