using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
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
    /// <param name="Subjects">The subjects in declaration order.</param>
    public sealed record Declaration(bool IsFacilityRule, IReadOnlyList<SubjectDeclaration> Subjects);

    /// <summary>Reads <c>for:</c>, or returns <c>null</c> after reporting.</summary>
    public static Declaration? Read(YamlNode node, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        switch (node)
        {
            case YamlScalar { IsNull: false, Value: "facility" }:
                return new Declaration(true, []);
            case YamlScalar { IsNull: false } word:
                var kinds = ReadKinds(word, "for", context);
                return kinds is null ? null : new Declaration(false, [new SubjectDeclaration(word.Value, kinds, null, word.Span)]);
            case YamlMapping { Entries.Count: > 0 } map:
                var subjects = map.Entries.Select(entry => ReadSubject(entry, context)).ToList();
                return context.ErrorCount == errors ? new Declaration(false, subjects.Select(s => s!).ToList()) : null;
            default:
                context.Error(DiagnosticCodes.InvalidSubject, node.Span,
                    $"`for` must be a component kind, `facility`, or a mapping of subject names to kinds, not {YamlExpect.Found(node)}");
                return null;
        }
    }

    private static SubjectDeclaration? ReadSubject(YamlEntry entry, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var name = entry.Name;
        if (!RuleNameReader.IsIdentifier(name) || RuleNameReader.Reserved.Contains(name))
        {
            var why = RuleNameReader.Reserved.Contains(name)
                ? "is a reserved word of the expression language"
                : "is not a valid subject name (letters, digits and `_`, starting with a letter)";
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

        return context.ErrorCount == errors && kinds is not null
            ? new SubjectDeclaration(name, kinds, where, entry.Key.Span)
            : null;
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
                    $"`{kind}` is not a component kind of the vocabulary{NameSuggester.DidYouMean(kind, Vocabulary.Kinds.Keys.Append(SubjectDeclaration.AnyKind))}");
            }

            if (!kinds.Contains(kind, StringComparer.Ordinal))
            {
                kinds.Add(kind);
            }
        }

        return context.ErrorCount == errors ? kinds : null;
    }
}
