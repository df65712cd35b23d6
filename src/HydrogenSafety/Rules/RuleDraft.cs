using HydrogenSafety.Expressions.Binding;

namespace HydrogenSafety.Rules;

/// <summary>
/// A rule as far as it could be read. A rule with errors is still kept as a draft, so that the parts of it that
/// can be checked are checked and every error of its file is reported at once (SPEC §4.1); a draft of a broken
/// rule is only ever checked, never evaluated.
/// </summary>
/// <param name="Rule">The rule; fields that could not be read hold placeholders.</param>
/// <param name="IsComplete">True when reading the rule reported no error.</param>
/// <param name="SubjectsKnown">
/// False when the names of <c>for:</c> could not all be read: the rule's expressions are then parsed but not
/// bound, since a name in them might be a subject that failed to read.
/// </param>
/// <param name="Unreadable">Parameters whose declaration could not be read: a reference to one is not an error of its own.</param>
internal sealed record RuleDraft(RuleDefinition Rule, bool IsComplete, bool SubjectsKnown, UnreadableNames Unreadable)
{
    /// <summary>A rule read without errors.</summary>
    public static RuleDraft Complete(RuleDefinition rule) => new(rule, true, true, UnreadableNames.None);

    /// <summary>True when the rule's id could be read (a placeholder id is empty).</summary>
    public bool HasId => Rule.Id.Length > 0;
}
