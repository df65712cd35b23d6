using System.Text;
using HydrogenSafety.Compilation;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Evaluation;

/// <summary>Builds findings: subjects, rendered message, citation, location.</summary>
internal static class FindingFactory
{
    public static Finding Create(RulePlan plan, EvalFrame frame, Outcome outcome, EvidenceLists evidence, IReadOnlyList<string> missing, string? error)
    {
        var detail = Detail(plan, frame, outcome, evidence, error);
        return Binding(plan, frame, outcome, SortedMissing(missing), outcome == Outcome.Error ? error : null, detail);
    }

    /// <summary>
    /// A pass, not-applicable, violation or indeterminate finding of a one-shot evaluation whose message and evidence
    /// are rendered on first read by <see cref="BindingEvaluator.DeferredDetail"/> (which gives what <see cref="Detail"/>
    /// would have given now); what was missing is decided now.
    /// </summary>
    public static Finding Deferred(RulePlan plan, EvalFrame frame, Outcome outcome, IReadOnlyList<string>? missing = null) =>
        Binding(plan, frame, outcome, missing is null ? [] : SortedMissing(missing), null, detail: null);

    /// <summary>
    /// A pass or not-applicable finding of a pair recorded in bulk in a one-shot evaluation: as <see cref="Deferred"/>,
    /// without a frame of its own (<paramref name="context"/> is shared by the activation's pairs; the pair is its near
    /// component and <paramref name="other"/>, a rule with two subjects).
    /// </summary>
    public static Finding DeferredPair(RulePlan plan, BindingContext context, ComponentFact other, Outcome outcome)
    {
        var (first, second) = context.Settled.Ordered(other);
        var declared = plan.Definition.Subjects;
        return new(plan.Card, outcome, StagesOf(plan, first), [first.BoundAs(declared[0].Name)[0], second.BoundAs(declared[1].Name)[0]])
        {
            DeferredPair = (plan, context, other),
            Location = first.Component.Span,
        };
    }

    /// <summary>What was missing, each item once, in ordinal order.</summary>
    private static IReadOnlyList<string> SortedMissing(IReadOnlyList<string> missing)
    {
        if (missing.Count <= 1)
        {
            return missing.Count == 0 ? [] : [missing[0]];
        }

        var sorted = missing.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!string.Equals(sorted[i], sorted[n - 1], StringComparison.Ordinal))
            {
                sorted[n++] = sorted[i];
            }
        }

        return n == sorted.Length ? sorted : sorted[..n];
    }

    private static Finding Binding(RulePlan plan, EvalFrame frame, Outcome outcome, IReadOnlyList<string> missing, string? error, FindingDetail? detail)
    {
        return new Finding(plan.Card, outcome, StagesOf(plan, frame.Subjects), Subjects(plan, frame.Subjects))
        {
            RenderedDetail = detail,
            DeferredBinding = detail is null ? (plan, frame) : null,
            Missing = missing,
            Location = Location(frame.Subjects, frame.Facility),
            Error = error,
        };
    }

    /// <summary>The message and evidence of a binding's finding.</summary>
    public static FindingDetail Detail(RulePlan plan, EvalFrame frame, Outcome outcome, EvidenceLists evidence, string? error) =>
        new(Render(plan, frame, outcome, error), Distinct(evidence.Deciding), Distinct(evidence.Trace), Translated(plan, frame, outcome));

    /// <summary>The evidence without repeats, in first-occurrence order (as <c>Enumerable.Distinct</c>); short lists without a hash set.</summary>
    private static IReadOnlyList<Evidence> Distinct(List<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return [];
        }

        if (evidence.Count > 16)
        {
            return evidence.Distinct().ToList();
        }

        // Mostly there is no repeat: then the binding's own list (made for this finding alone) is the result, not a copy.
        for (var i = 1; i < evidence.Count; i++)
        {
            if (evidence.IndexOf(evidence[i], 0, i) >= 0)
            {
                var result = new List<Evidence>(evidence.Count);
                foreach (var e in evidence)
                {
                    if (!result.Contains(e))
                    {
                        result.Add(e);
                    }
                }

                return result;
            }
        }

        return evidence;
    }

    /// <summary>The rule's translated messages rendered with the binding's values, by language; null when it has none (or for an error).</summary>
    private static Dictionary<string, string>? Translated(RulePlan plan, EvalFrame frame, Outcome outcome)
    {
        if (outcome == Outcome.Error || (plan.TranslatedMessages.Count == 0 && plan.TitleOnlyTranslations.Count == 0))
        {
            return null;
        }

        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, parts) in plan.TranslatedMessages)
        {
            var words = Reporting.ReportLanguages.TryParse(language, out var parsed) ? Reporting.ReportStrings.For(parsed) : Reporting.ReportStrings.English;
            messages[language] = RenderParts(parts, frame, words);
        }

        foreach (var (language, title) in plan.TitleOnlyTranslations)
        {
            messages[language] = title;
        }

        return messages;
    }

    /// <summary>
    /// The rule's stages with the binding's own first: the first subject's stage when the rule covers it (a gas
    /// detector rule for every stage reports a detector in a storage yard under storage, not production).
    /// </summary>
    private static IReadOnlyList<Facilities.Stage> StagesOf(RulePlan plan, ComponentFact[] subjects) =>
        subjects.Length == 0 ? plan.Definition.Stages : StagesOf(plan, subjects[0]);

    private static IReadOnlyList<Facilities.Stage> StagesOf(RulePlan plan, ComponentFact first)
    {
        var stages = plan.Definition.Stages;
        if (stages.Count < 2 || first.Component.Stage is not { } own)
        {
            return stages;
        }

        return plan.StagesFirst(own);
    }

    private static SubjectBinding[] Subjects(RulePlan plan, ComponentFact[] facts)
    {
        var declared = plan.Definition.Subjects;
        if (declared.Count == 0)
        {
            return [];
        }

        // The bindings themselves are shared per component and subject name (records, compared by value).
        if (declared.Count == 1)
        {
            return facts[0].BoundAs(declared[0].Name);
        }

        var subjects = new SubjectBinding[declared.Count];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = facts[i].BoundAs(declared[i].Name)[0];
        }

        return subjects;
    }

    private static Diagnostics.SourceSpan? Location(ComponentFact[] subjects, FacilityFact facility) =>
        subjects.Length > 0 ? subjects[0].Component.Span : facility.Facility.Span;

    /// <summary>
    /// The rule's not-applicable finding when no component matches its subjects: the sentence in English and, as
    /// translated messages, in every other report language (<see cref="Reporting.ReportStrings.NoComponentMatches"/>).
    /// </summary>
    public static Finding NoComponentMatches(RulePlan plan, Diagnostics.SourceSpan? location)
    {
        var kinds = string.Join(", ", plan.Definition.Subjects.Select(s => $"{s.Name}: {string.Join("|", s.Kinds)}"));
        var translated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Reporting.ReportLanguages.All)
        {
            if (language != Reporting.ReportLanguage.English)
            {
                translated[Reporting.ReportLanguages.Code(language)] = Reporting.ReportStrings.For(language).NoComponentMatches(kinds);
            }
        }

        return RuleLevel(plan, Outcome.NotApplicable, Reporting.ReportStrings.English.NoComponentMatches(kinds), location, translated: translated);
    }

    /// <summary>A finding about the rule as a whole (no binding): subjects that match nothing, or a failure.</summary>
    /// <param name="plan">The rule.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="message">The message.</param>
    /// <param name="location">Where the finding points: the facility's header (it is about the facility as a whole).</param>
    /// <param name="error">For an error outcome, why.</param>
    /// <param name="translated">The message in other languages, by language code (none: English in every language).</param>
    public static Finding RuleLevel(RulePlan plan, Outcome outcome, string message, Diagnostics.SourceSpan? location, string? error = null, IReadOnlyDictionary<string, string>? translated = null)
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
            TranslatedMessages = translated,
            Source = definition.Source,
            Remediation = definition.Remediation,
            Translations = definition.Translations,
            Location = location,
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

        return RenderParts(plan.Message, frame, Reporting.ReportStrings.English);
    }

    /// <summary>A message template with the binding's values; a value that cannot be computed is written in <paramref name="words"/>' language.</summary>
    private static string RenderParts(IReadOnlyList<object> message, EvalFrame frame, Reporting.ReportStrings words)
    {
        var sb = new StringBuilder();
        foreach (var part in message)
        {
            if (part is string s)
            {
                sb.Append(s);
                continue;
            }

            var v = ((Func<EvalFrame, Value>)part)(frame);
            sb.Append(v.IsUnknown ? words.UnknownValue : v.IsError ? words.ErrorValue : v.Display());
        }

        return sb.ToString();
    }
}
