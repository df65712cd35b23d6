namespace HydrogenSafety.Rules;

/// <summary>
/// A rule's text in another language (<c>translations: { ko: { title, message, remediation } }</c>). A field left
/// out falls back to the English text of the rule.
/// </summary>
public sealed class RuleTranslation
{
    /// <summary>The title in this language, when given.</summary>
    public string? Title { get; init; }

    /// <summary>The message template in this language, with the same kind of <c>{expression}</c> placeholders, when given.</summary>
    public ExpressionSource? Message { get; init; }

    /// <summary>The remediation in this language, when given.</summary>
    public string? Remediation { get; init; }
}
