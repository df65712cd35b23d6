using System.Diagnostics.CodeAnalysis;
using HydrogenSafety.Compilation;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Evaluation;

/// <summary>The outcome of one rule for one binding of its subjects, with evidence and citation.</summary>
public sealed class Finding
{
    /// <summary>A finding with its rule's fields given by that rule's shared card (the engine's own findings).</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // The rule's fields are read from the card, which holds them all.
    internal Finding(FindingRule rule, Outcome outcome, IReadOnlyList<Stage> stages, IReadOnlyList<SubjectBinding> subjects)
    {
        _rule = rule;
        Outcome = outcome;
        Stages = stages;
        Subjects = subjects;
    }
#pragma warning restore CS8618

    /// <summary>A finding whose every field is given by the initializer.</summary>
    public Finding()
    {
    }

    /// <summary>The rule id.</summary>
    public required string RuleId { get => _rule!.RuleId; init => Own().RuleId = value; }

    /// <summary>The rule's title.</summary>
    public required string Title { get => _rule!.Title; init => Own().Title = value; }

    /// <summary>The rule's version.</summary>
    public required string RuleVersion { get => _rule!.RuleVersion; init => Own().RuleVersion = value; }

    /// <summary>The outcome.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The rule's severity (after any profile override).</summary>
    public required Severity Severity { get => _rule!.Severity; init => Own().Severity = value; }

    /// <summary>Whether the rule is enforced or advisory.</summary>
    public required RuleStatus Status { get => _rule!.Status; init => Own().Status = value; }

    /// <summary>The rule's stages, the binding's own first (its first subject's stage, when the rule covers it); reports show the first as the finding's stage.</summary>
    public required IReadOnlyList<Stage> Stages { get; init; }

    /// <summary>The bound subjects in the rule's declaration order; empty for a facility-level rule.</summary>
    public required IReadOnlyList<SubjectBinding> Subjects { get; init; }

    /// <summary>The rendered message.</summary>
    /// <remarks>
    /// For the findings of a one-shot evaluation (all but errors), the message and evidence are rendered on first read
    /// (most reports only count them, or show a few); the text is the same as if it had been rendered at once.
    /// </remarks>
    public string Message
    {
        get => _given?.Message ?? Detail().Message;
        init
        {
            if (value is not null)
            {
                Given().Message = value;
            }
        }
    }

    /// <summary>
    /// The evidence that decided the outcome: for a violated <c>a or b</c> each failed alternative, for a violated
    /// <c>a and b</c> the failed conjunct, each comparison once with both sides, its statement and any shortfall.
    /// </summary>
    public IReadOnlyList<Evidence> Evidence
    {
        get => _given?.Evidence ?? Detail().Evidence;
        init
        {
            if (value is not null)
            {
                Given().Evidence = value;
            }
        }
    }

    /// <summary>
    /// Everything the evaluation looked at for the outcome (each requirement's own line, every comparison of the
    /// outcome's kind and every table row used), as <c>check --explain</c> and the JSON <c>evidence_trace</c> show it.
    /// </summary>
    public IReadOnlyList<Evidence> EvidenceTrace
    {
        get => _given?.Trace ?? (_state is not null ? Detail().Trace : Evidence);
        init
        {
            if (value is not null)
            {
                Given().Trace = value;
            }
        }
    }

    /// <summary>The message and evidence of a binding's finding, rendered when it was decided.</summary>
    internal FindingDetail? RenderedDetail
    {
        init
        {
            if (value is not null)
            {
                _state = value;
            }
        }
    }

    /// <summary>
    /// For a binding's finding rendered on first read: the binding (its rule's plan and facts), from which
    /// <see cref="BindingEvaluator.DeferredDetail"/> renders the message and evidence (a pure function of them).
    /// </summary>
    internal (RulePlan Plan, EvalFrame Frame)? DeferredBinding
    {
        init
        {
            if (value is { } binding)
            {
                UsePlan(binding.Plan);
                _state = binding.Frame;
            }
        }
    }

    /// <summary>
    /// Like <see cref="DeferredBinding"/>, for a pair recorded in bulk: the pair's other component, and the facility,
    /// aggregates and near component shared by all the pairs of one activation (no frame or subjects array per pair;
    /// they are made on first read).
    /// </summary>
    internal (RulePlan Plan, BindingContext Context, ComponentFact Other)? DeferredPair
    {
        init
        {
            if (value is { } pair)
            {
                UsePlan(pair.Plan);
                _state = pair.Other;
                _context = pair.Context;
            }
        }
    }

    /// <summary>What was missing, for an indeterminate outcome (e.g. <c>TK-101.pressure</c>).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The citation.</summary>
    public required Citation Source { get => _rule!.Source; init => Own().Source = value; }

    /// <summary>What to do about it.</summary>
    public string? Remediation { get => _rule!.Remediation; init => Own().Remediation = value; }

    /// <summary>The rule's translations (title, message template, remediation by language), for <see cref="TitleIn"/> and <see cref="RemediationIn"/>.</summary>
    internal IReadOnlyDictionary<string, RuleTranslation> Translations { get => _rule!.Translations; init => Own().Translations = value; }

    /// <summary>Translated messages given directly (a waived copy keeps its original's).</summary>
    internal IReadOnlyDictionary<string, string>? TranslatedMessages
    {
        get => _given?.TranslatedMessages ?? (_state is not null ? Detail().TranslatedMessages : null);
        init
        {
            if (value is not null)
            {
                Given().TranslatedMessages = value;
            }
        }
    }

    /// <summary>
    /// The rule's title in <paramref name="language"/> (a lowercase code such as <c>ko</c> or <c>ja</c>), falling back
    /// to the English <see cref="Title"/> when the rule has no title in that language.
    /// </summary>
    public string TitleIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Title is { } title ? title : Title;

    /// <summary>
    /// The message in <paramref name="language"/>: the rule's translated message template rendered with the same
    /// subject values; without one, the English <see cref="Message"/> (or, for a rule without any message template,
    /// its title in that language). Messages the engine writes itself stay English (evaluation errors), except the sentence of a rule that matches no component.
    /// </summary>
    public string MessageIn(string language) =>
        language != "en" && TranslatedMessages is { } messages && messages.TryGetValue(language, out var message) ? message : Message;

    /// <summary>The remediation in <paramref name="language"/>, falling back to the English <see cref="Remediation"/>.</summary>
    public string? RemediationIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Remediation is { } remediation ? remediation : Remediation;

    /// <summary>The facility line of the first subject (or of the facility header).</summary>
    public SourceSpan? Location { get; init; }

    /// <summary>For an <see cref="Outcome.Error"/>: why evaluation failed.</summary>
    public string? Error
    {
        get => _given?.Error;
        init
        {
            if (value is not null)
            {
                Given().Error = value;
            }
        }
    }

    /// <summary>For a <see cref="Outcome.Waived"/> finding: the waiver that covers it.</summary>
    public WaiverDeclaration? Waiver
    {
        get => _given?.Waiver;
        init
        {
            if (value is not null)
            {
                Given().Waiver = value;
            }
        }
    }

    /// <summary>What the outcome was before a waiver covered it (violation or indeterminate).</summary>
    public Outcome? WaivedOutcome
    {
        get => _given?.WaivedOutcome;
        init
        {
            if (value is not null)
            {
                Given().WaivedOutcome = value;
            }
        }
    }

    /// <summary>
    /// How the message and evidence are had: a <see cref="FindingDetail"/> (rendered), an <see cref="EvalFrame"/> or
    /// the other component of a bulk pair (with <see cref="_context"/>), rendered on first read and then replaced by the
    /// detail; null when the finding was built field by field.
    /// </summary>
    private object? _state;

    /// <summary>For a bulk pair: the facility and aggregates of its activation.</summary>
    private readonly BindingContext? _context;

    /// <summary>The fields few findings have (given text, error, waiver), made on the first one set.</summary>
    private GivenFields? _given;

    private GivenFields Given() => _given ??= new GivenFields();

    private void UsePlan(RulePlan plan)
    {
        if (!ReferenceEquals(_rule?.Plan, plan))
        {
            Own().Plan = plan;
        }
    }

    /// <summary>
    /// The rule's fields: the rule's shared card for the engine's findings (one object per rule instead of eight fields
    /// per finding), or this finding's own, made on the first initializer that sets one.
    /// </summary>
    private FindingRule? _rule;

    private FindingRule Own()
    {
        if (_rule is not { Shared: false } own)
        {
            own = _rule is { } shared ? shared.Copy() : new FindingRule();
            _rule = own;
        }

        return own;
    }

    private FindingDetail Detail()
    {
        // Rendering is deterministic and side-effect free, so two threads racing here compute equal values (and either
        // may store its detail; a reader sees the frame or a detail, never a torn value).
        var state = _state;
        if (state is FindingDetail detail)
        {
            return detail;
        }

        var frame = state switch
        {
            EvalFrame f => f,
            ComponentFact other when _context is { } context => new EvalFrame(context.Facility, context.Settled.Pair(other), context.Aggregates, null, null),
            _ => null,
        };
        detail = frame is not null && _rule?.Plan is { } plan ? BindingEvaluator.DeferredDetail(plan, frame, Outcome) : FindingDetail.Empty;
        _state = detail;
        return detail;
    }

    /// <summary>The binding key as rule tests write it: subject ids joined by commas, or <c>facility</c>.</summary>
    public string BindingKey => Subjects.Count == 0 ? "facility" : string.Join(",", Subjects.Select(s => s.ComponentId));

    /// <summary>An unambiguous key of the binding, even when component ids contain commas.</summary>
    internal string BindingIdentityKey => BindingIdentity.Of(Subjects.Select(s => s.ComponentId));

    /// <summary>A copy of this finding covered by a waiver.</summary>
    internal Finding Waive(WaiverDeclaration waiver) => new()
    {
        RuleId = RuleId,
        Title = Title,
        RuleVersion = RuleVersion,
        Outcome = Outcome.Waived,
        WaivedOutcome = Outcome,
        Waiver = waiver,
        Severity = Severity,
        Status = Status,
        Stages = Stages,
        Subjects = Subjects,
        Message = Message,
        Evidence = Evidence,
        Translations = Translations,
        TranslatedMessages = TranslatedMessages,
        EvidenceTrace = EvidenceTrace,
        Missing = Missing,
        Source = Source,
        Remediation = Remediation,
        Location = Location,
        Error = Error,
    };
}
