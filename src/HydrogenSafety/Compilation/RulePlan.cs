using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Compilation;

/// <summary>
/// What an action needs to decide a binding's outcome: the rule, its position in the compiled set, and
/// compiled delegates for its subject filters, applicability, requirements and message placeholders.
/// </summary>
internal sealed class RulePlan
{
    public RulePlan(CheckedRule rule, int index, int selectionGroup, Consequences.HazardCache hazards)
    {
        Rule = rule;
        Hazards = hazards;
        Index = index;
        SelectionGroup = selectionGroup;
        SubjectFilters = rule.SubjectFilters.Select(f => f is null ? null : FrameLeaves.Compile(f, hazards)).ToArray();
        When = rule.When is null ? null : FrameLeaves.Compile(rule.When, hazards);
        Requirements = rule.Requirements.Select(r => (r.Text, FrameLeaves.Compile(r.Expression, hazards))).ToArray();
        Message = rule.Message?.Parts.Select(p => p is BoundExpr e ? (object)FrameLeaves.Compile(e, hazards) : p).ToList();
        TranslatedMessages = rule.TranslatedMessages.Count == 0
            ? []
            : rule.TranslatedMessages.Select(t => (t.Key, (IReadOnlyList<object>)t.Value.Parts.Select(p => p is BoundExpr e ? (object)FrameLeaves.Compile(e, hazards) : p).ToList())).ToList();
        TitleOnlyTranslations = rule.Message is null
            ? rule.Definition.Translations.Where(t => t.Value.Title is not null && !rule.TranslatedMessages.ContainsKey(t.Key)).Select(t => (t.Key, t.Value.Title!)).ToList()
            : [];
    }

    public CheckedRule Rule { get; }

    /// <summary>The fields every finding of this rule shares (one object per rule, not eight fields per finding).</summary>
    public Evaluation.FindingRule Card => _card ??= new Evaluation.FindingRule(this);

    private Evaluation.FindingRule? _card;

    /// <summary>The rule's stages for each stage that could come first (built once per stage, never changed).</summary>
    private IReadOnlyList<Facilities.Stage>?[]? _stagesFirst;

    /// <summary>
    /// The rule's stages with <paramref name="own"/> first when the rule covers it and it is not already first;
    /// otherwise the rule's stages as declared. Shared by the findings that have them.
    /// </summary>
    public IReadOnlyList<Facilities.Stage> StagesFirst(Facilities.Stage own)
    {
        var stages = Definition.Stages;
        if (stages[0] == own || !stages.Contains(own))
        {
            return stages;
        }

        var cache = _stagesFirst ??= new IReadOnlyList<Facilities.Stage>?[Enum.GetValues<Facilities.Stage>().Length];
        return cache[(int)own] ??= [own, .. stages.Where(s => s != own)];
    }

    /// <summary>The compiled engine's consequence-distance cache (shared by all its plans, see <see cref="Consequences.HazardCache"/>).</summary>
    public Consequences.HazardCache Hazards { get; }

    public RuleDefinition Definition => Rule.Definition;

    /// <summary>Position in the compiled set; the facility fact's selection flags use it.</summary>
    public int Index { get; }

    /// <summary>
    /// Rules with the same selection inputs (status, jurisdictions, effective dates, profile) share a group,
    /// so that their "is this rule selected for this facility" condition is one shared NRules node.
    /// </summary>
    public int SelectionGroup { get; }

    /// <summary>Each subject's compiled filter (null where it has none); an array, so that a per-binding loop allocates no enumerator.</summary>
    public Func<EvalFrame, Value>?[] SubjectFilters { get; }

    public Func<EvalFrame, Value>? When { get; }

    /// <summary>The compiled requirements with their text; an array, so that a per-binding loop allocates no enumerator.</summary>
    public (string Text, Func<EvalFrame, Value> Evaluate)[] Requirements { get; }

    /// <summary>Literal strings and compiled placeholders, or null for the default message.</summary>
    public IReadOnlyList<object>? Message { get; }

    /// <summary>The translated message templates (literal strings and compiled placeholders), by language, in language order.</summary>
    public IReadOnlyList<(string Language, IReadOnlyList<object> Parts)> TranslatedMessages { get; }

    /// <summary>For a rule without a message template: the translated titles that serve as its message in their language.</summary>
    public IReadOnlyList<(string Language, string Title)> TitleOnlyTranslations { get; }

    public string MainRuleName => Definition.Id;

    public string NotApplicableRuleName => Definition.Id + "#not-applicable";

    /// <summary>The rule that records the not-applicable far pairs of a rule gated by distance in its <c>when</c> (<see cref="ProximityGate"/>).</summary>
    public string FarNotApplicableRuleName => Definition.Id + "#not-applicable-far";

    /// <summary>The rule that records the settled pairs of a rule with a separation gate (<see cref="SeparationGate"/>).</summary>
    public string SettledRuleName => Definition.Id + "#settled";
}
