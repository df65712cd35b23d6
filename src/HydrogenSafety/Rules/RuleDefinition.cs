using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Rules;

/// <summary>A rule as written in a rule file: metadata, subjects, applicability, requirement, tests.</summary>
public sealed class RuleDefinition
{
    /// <summary>The unique rule id.</summary>
    public required string Id { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>The stages it concerns (at least one).</summary>
    public required IReadOnlyList<Stage> Stages { get; init; }

    /// <summary>How serious a violation is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Semantic version of the rule text.</summary>
    public string Version { get; init; } = "1.0.0";

    /// <summary>Enforced, advisory or draft.</summary>
    public RuleStatus Status { get; init; } = RuleStatus.Enforced;

    /// <summary>First day in effect, when known.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day in effect, when known.</summary>
    public DateOnly? EffectiveUntil { get; init; }

    /// <summary>Where it applies; <c>null</c> means everywhere.</summary>
    public IReadOnlyList<string>? Jurisdictions { get; init; }

    /// <summary>The citation.</summary>
    public required Citation Source { get; init; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Default parameter values, by name.</summary>
    public IReadOnlyDictionary<string, AttributeValue> Params { get; init; } = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    /// <summary>True for a facility-level rule (<c>for: facility</c>): one outcome per facility.</summary>
    public bool IsFacilityRule { get; init; }

    /// <summary>The subjects in declaration order (empty for a facility-level rule).</summary>
    public IReadOnlyList<SubjectDeclaration> Subjects { get; init; } = [];

    /// <summary>Applicability, when given.</summary>
    public ExpressionSource? When { get; init; }

    /// <summary>The requirement: all of these must hold.</summary>
    public required IReadOnlyList<ExpressionSource> Require { get; init; }

    /// <summary>The message template, with <c>{expression}</c> placeholders.</summary>
    public ExpressionSource? Message { get; init; }

    /// <summary>What to do about a violation.</summary>
    public string? Remediation { get; init; }

    /// <summary>The rule's text in other languages, by lowercase language code (<c>ko</c>, <c>ja</c>); English is the fallback per field.</summary>
    public IReadOnlyDictionary<string, RuleTranslation> Translations { get; init; } = NoTranslations;

    /// <summary>The title in <paramref name="language"/> (<c>ko</c>, <c>ja</c>, …), falling back to the English <see cref="Title"/>.</summary>
    public string TitleIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Title is { } title ? title : Title;

    /// <summary>The message template in <paramref name="language"/>, falling back to the English <see cref="Message"/>.</summary>
    public ExpressionSource? MessageIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Message is { } message ? message : Message;

    /// <summary>The remediation in <paramref name="language"/>, falling back to the English <see cref="Remediation"/>.</summary>
    public string? RemediationIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Remediation is { } remediation ? remediation : Remediation;

    /// <summary>Inline tests.</summary>
    public IReadOnlyList<RuleTestCase> Tests { get; init; } = [];

    /// <summary>Where the rule starts.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The empty translation map.</summary>
    internal static IReadOnlyDictionary<string, RuleTranslation> NoTranslations { get; } = new Dictionary<string, RuleTranslation>(StringComparer.Ordinal);

    /// <summary>A copy with another severity and parameter values (a profile's tailoring).</summary>
    internal RuleDefinition Tailored(Severity severity, IReadOnlyDictionary<string, AttributeValue> parameters) => new()
    {
        Id = Id,
        Title = Title,
        Stages = Stages,
        Severity = severity,
        Version = Version,
        Status = Status,
        EffectiveFrom = EffectiveFrom,
        EffectiveUntil = EffectiveUntil,
        Jurisdictions = Jurisdictions,
        Source = Source,
        Tags = Tags,
        Params = parameters,
        IsFacilityRule = IsFacilityRule,
        Subjects = Subjects,
        When = When,
        Require = Require,
        Message = Message,
        Remediation = Remediation,
        Translations = Translations,
        Tests = Tests,
        Span = Span,
    };
}
