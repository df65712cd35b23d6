using HydrogenSafety.Expressions.Binding;

namespace HydrogenSafety.Rules;

/// <summary>A rule whose expressions are all parsed, resolved and type-checked; what the compiler consumes.</summary>
internal sealed class CheckedRule
{
    public required RuleDefinition Definition { get; init; }

    /// <summary>Per subject, its checked <c>where</c> (null when it has none).</summary>
    public required IReadOnlyList<BoundExpr?> SubjectFilters { get; init; }

    public BoundExpr? When { get; init; }

    /// <summary>The requirement expressions, each with its source text.</summary>
    public required IReadOnlyList<CheckedRequirement> Requirements { get; init; }

    public MessageTemplate? Message { get; init; }

    /// <summary>The checked message templates of the rule's translations, by language.</summary>
    public IReadOnlyDictionary<string, MessageTemplate> TranslatedMessages { get; init; } = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal);

    /// <summary>The kind sets the rule's aggregates range over.</summary>
    public required IReadOnlyList<AggregateSlot> Slots { get; init; }

    public string Id => Definition.Id;
}

/// <summary>One requirement expression and its text.</summary>
internal sealed record CheckedRequirement(string Text, BoundExpr Expression);
