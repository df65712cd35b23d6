using System.Text;
using HydrogenSafety.Compilation;
using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Evaluation;

/// <summary>Builds findings: subjects, rendered message, citation, location.</summary>
internal static class FindingFactory
{
    public static Finding Create(RulePlan plan, EvalFrame frame, Outcome outcome, IReadOnlyList<Evidence> evidence, IReadOnlyList<string> missing, string? error)
    {
        var definition = plan.Definition;
        var subjects = definition.Subjects.Select((s, i) => new SubjectBinding(s.Name, frame.Subjects[i].Id)).ToList();
        var location = frame.Subjects.Length > 0 ? frame.Subjects[0].Component.Span : frame.Facility.Facility.Span;
        return new Finding
        {
            RuleId = definition.Id,
            Title = definition.Title,
            RuleVersion = definition.Version,
            Outcome = outcome,
            Severity = definition.Severity,
            Status = definition.Status,
            Stages = definition.Stages,
            Subjects = subjects,
            Message = Render(plan, frame, outcome, error),
            Evidence = evidence.Distinct().ToList(),
            Missing = missing.Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList(),
            Source = definition.Source,
            Remediation = definition.Remediation,
            Location = location,
            Error = outcome == Outcome.Error ? error : null,
        };
    }

    /// <summary>A finding about the rule as a whole (no binding): subjects that match nothing, or a failure.</summary>
    public static Finding RuleLevel(RulePlan plan, Outcome outcome, string message, string? error = null)
    {
        var definition = plan.Definition;
        return new Finding
        {
            RuleId = definition.Id,
            Title = definition.Title,
            RuleVersion = definition.Version,
            Outcome = outcome,
            Severity = definition.Severity,
            Status = definition.Status,
            Stages = definition.Stages,
            Subjects = [],
            Message = message,
            Source = definition.Source,
            Remediation = definition.Remediation,
            Error = error,
        };
    }

    private static string Render(RulePlan plan, EvalFrame frame, Outcome outcome, string? error)
    {
        if (outcome == Outcome.Error)
        {
            return $"{plan.Definition.Title}: evaluation failed: {error}";
        }

        if (plan.Message is null)
        {
            return plan.Definition.Title;
        }

        var sb = new StringBuilder();
        foreach (var part in plan.Message)
        {
            if (part is string s)
            {
                sb.Append(s);
                continue;
            }

            var v = ((Func<EvalFrame, Value>)part)(frame);
            sb.Append(v.IsUnknown ? "unknown" : v.IsError ? "(error)" : v.ToString());
        }

        return sb.ToString();
    }
}
