using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Reads a rule's <c>for:</c>: a kind word (one subject named after the kind), <c>facility</c> (a
/// facility-level rule), or a mapping of subject names to a kind, a list of kinds, or <c>{kind, where}</c>.
/// </summary>
internal static class SubjectReader
{
    private static readonly string[] SubjectFields = ["kind", "where"];

    /// <summary>What <c>for:</c> declares.</summary>
    /// <param name="IsFacilityRule">True for <c>for: facility</c>.</param>
    /// <param name="Subjects">The subjects in declaration order; after an error, those whose name could be read.</param>
    /// <param name="NamesComplete">False when some subject's name could not be read (an error was reported).</param>
    public sealed record Declaration(bool IsFacilityRule, IReadOnlyList<SubjectDeclaration> Subjects, bool NamesComplete = true);

    /// <summary>
    /// Reads <c>for:</c>, or returns <c>null</c> after reporting when not even the subject names can be read.
    /// After an error in one subject the others are still returned, so that their names can be checked.
    /// </summary>
    public static Declaration? Read(YamlNode node, YamlReadContext context)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false, Value: "facility" }:
                return new Declaration(true, []);
            case YamlScalar { IsNull: false } word:
                var kinds = ReadKinds(word, "for", context);
                return kinds is null ? null : new Declaration(false, [new SubjectDeclaration(word.Value, kinds, null, word.Span)]);
            case YamlMapping { Entries.Count: > 0 } map:
                var subjects = map.Entries.Select(entry => ReadSubject(entry, context)).ToList();
                return new Declaration(false, subjects.OfType<SubjectDeclaration>().ToList(), subjects.All(s => s is not null));
            default:
                context.Error(DiagnosticCodes.InvalidSubject, node.Span,
                    $"`for` must be a component kind, `facility`, or a mapping of subject names to kinds, not {YamlExpect.Found(node)}");
                return null;
        }
    }

    /// <summary>Reads one subject; <c>null</c> when its name is not usable. A subject whose kinds have an error keeps its name.</summary>
    private static SubjectDeclaration? ReadSubject(YamlEntry entry, YamlReadContext context)
    {
        var name = entry.Name;
        var nameUsable = RuleNameReader.IsIdentifier(name) && !RuleNameReader.Reserved.Contains(name);
        if (!nameUsable)
        {
            var why = RuleNameReader.Reserved.Contains(name)
                ? "is a reserved word of the expression language"
                : "is not a valid subject name (ASCII letters, digits and `_`, starting with a letter or `_`)";
            context.Error(DiagnosticCodes.InvalidSubject, entry.Key.Span, $"`{name}` {why}");
        }

        IReadOnlyList<string>? kinds = null;
        ExpressionSource? where = null;
        if (entry.Value is YamlMapping map)
        {
            var fields = YamlFields.Read(map, context, "a subject", SubjectFields);
            kinds = fields.Required("kind") is { } kindNode ? ReadKinds(kindNode, name, context) : null;
            where = fields.Get("where") is { } whereNode ? context.Scalar(whereNode, "where")?.ToExpressionSource() : null;
        }
        else
        {
            kinds = ReadKinds(entry.Value, name, context);
        }

        return nameUsable ? new SubjectDeclaration(name, kinds ?? [], where, entry.Key.Span) : null;
    }

    /// <summary>A kind word or a non-empty list of them; unknown kinds are a warning (H2S0203).</summary>
    private static List<string>? ReadKinds(YamlNode node, string what, YamlReadContext context)
    {
        var items = YamlExpect.OneOrMany(node);
        if (items.Count == 0)
        {
            context.Error(DiagnosticCodes.InvalidSubject, node.Span, $"`{what}` needs at least one kind");
            return null;
        }

        var errors = context.ErrorCount;
        var kinds = new List<string>();
        foreach (var item in items)
        {
            if (context.Scalar(item, what) is not { } scalar)
            {
                continue;
            }

            var kind = scalar.Value;
            if (string.Equals(kind, "facility", StringComparison.Ordinal))
            {
                context.Error(DiagnosticCodes.InvalidSubject, scalar.Span,
                    "`facility` is not a component kind; write `for: facility` for a facility-level rule");
                continue;
            }

            if (!Vocabulary.Kinds.ContainsKey(kind) && !string.Equals(kind, SubjectDeclaration.AnyKind, StringComparison.Ordinal))
            {
                context.Warning(DiagnosticCodes.UnknownKind, scalar.Span,
                    $"`{kind}` is not a component kind of the vocabulary{WordSuggester.DidYouMean(kind, Vocabulary.Kinds.Keys.Append(SubjectDeclaration.AnyKind))}");
            }

            if (!kinds.Contains(kind, StringComparer.Ordinal))
            {
                kinds.Add(kind);
            }
        }

        return context.ErrorCount == errors ? kinds : null;
    }
}
