using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Syntax;

namespace HydrogenSafety.Rules;

/// <summary>Checks one rule: subject names, and every expression of it (where, when, require, message).</summary>
internal static class RuleChecker
{
    private static readonly HashSet<string> s_reservedNames = new(StringComparer.Ordinal)
    {
        "facility", "params", "it", "today", "true", "false", "and", "or", "not", "in", "between", "where", "of",
        "defined", "distance", "exists", "count", "sum", "max", "min", "abs",
    };

    /// <summary>Checks a rule read without errors; <c>null</c> when it has errors (reported).</summary>
    public static CheckedRule? Check(RuleDefinition rule, IReadOnlyDictionary<string, LookupTable> tables, List<Diagnostic> diagnostics) =>
        Check(RuleDraft.Complete(rule), tables, UnreadableNames.None.Tables, diagnostics);

    /// <summary>
    /// Checks a rule as far as it could be read: everything that does not depend on a part with an error of its
    /// own. Without readable subject names, expressions are only parsed. <c>null</c> when anything has errors.
    /// </summary>
    public static CheckedRule? Check(RuleDraft draft, IReadOnlyDictionary<string, LookupTable> tables, IReadOnlySet<string> unreadableTables, List<Diagnostic> diagnostics)
    {
        var rule = draft.Rule;
        var errorsBefore = diagnostics.Count(d => d.IsError);
        CheckSubjectNames(rule, tables, diagnostics);
        if (!draft.SubjectsKnown)
        {
            ParseOnly(rule, diagnostics);
            return null;
        }

        var scope = new RuleScope(rule, tables, draft.Unreadable.WithTables(unreadableTables));

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
        var translatedMessages = new SortedDictionary<string, MessageTemplate>(StringComparer.Ordinal);
        foreach (var (language, translation) in rule.Translations)
        {
            if (translation.Message is { } source && MessageTemplate.Check(source, scope, diagnostics) is { } translated)
            {
                translatedMessages[language] = translated;
            }
        }

        if (!draft.IsComplete || diagnostics.Count(d => d.IsError) > errorsBefore)
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
            TranslatedMessages = translatedMessages,
            Slots = scope.Slots.ToList(),
        };
    }

    /// <summary>Reports the syntax errors of a rule's expressions whose names cannot be resolved.</summary>
    private static void ParseOnly(RuleDefinition rule, List<Diagnostic> diagnostics)
    {
        var expressions = rule.Subjects.Select(s => s.Where).Append(rule.When).Concat(rule.Require).OfType<ExpressionSource>();
        foreach (var source in expressions)
        {
            if (Parser.Parse(source.Text).Error is { } error)
            {
                diagnostics.Add(Diagnostic.Error(error.Code, source.At(error.Offset), error.Message));
            }
        }
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
