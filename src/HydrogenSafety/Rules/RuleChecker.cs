using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;

namespace HydrogenSafety.Rules;

/// <summary>Checks one rule: subject names, and every expression of it (where, when, require, message).</summary>
internal static class RuleChecker
{
    private static readonly HashSet<string> s_reservedNames = new(StringComparer.Ordinal)
    {
        "facility", "params", "it", "today", "true", "false", "and", "or", "not", "in", "between", "where", "of",
        "defined", "distance", "exists", "count", "sum", "max", "min", "abs",
    };

    public static CheckedRule? Check(RuleDefinition rule, IReadOnlyDictionary<string, LookupTable> tables, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        CheckSubjectNames(rule, tables, diagnostics);
        var scope = new RuleScope(rule, tables);

        var filters = new List<BoundExpr?>();
        for (var i = 0; i < rule.Subjects.Count; i++)
        {
            var where = rule.Subjects[i].Where;
            filters.Add(where is null ? null : Binder.Bind(scope, where, diagnostics, implicitSubject: i, condition: true));
        }

        var when = rule.When is null ? null : Binder.Bind(scope, rule.When, diagnostics, implicitSubject: null, condition: true);
        var requirements = new List<CheckedRequirement>();
        foreach (var r in rule.Require)
        {
            var bound = Binder.Bind(scope, r, diagnostics, implicitSubject: null, condition: true);
            if (bound is not null)
            {
                requirements.Add(new CheckedRequirement(r.Text, bound));
            }
        }

        var message = rule.Message is null ? null : MessageTemplate.Check(rule.Message, scope, diagnostics);
        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new CheckedRule
        {
            Definition = rule,
            SubjectFilters = filters,
            When = when,
            Requirements = requirements,
            Message = message,
            Slots = scope.Slots.ToList(),
        };
    }

    private static void CheckSubjectNames(RuleDefinition rule, IReadOnlyDictionary<string, LookupTable> tables, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in rule.Subjects)
        {
            if (s_reservedNames.Contains(s.Name) || tables.ContainsKey(s.Name))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSubject, s.Span, $"'{s.Name}' cannot name a subject: it is a word of the rule language or a table"));
            }

            if (!seen.Add(s.Name))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSubject, s.Span, $"subject '{s.Name}' is declared twice"));
            }
        }
    }
}
