using System.Collections.Frozen;
using System.Globalization;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Syntax;

namespace HydrogenSafety.Rules;

/// <summary>
/// Lint warnings about how a rule reads (<c>h2safety lint</c>), never errors and never raised when rules are
/// loaded for a check: a message template that names no value of the subjects (H2S0318), and a requirement too
/// deep or too long to read at a glance (H2S0319).
/// </summary>
/// <remarks>
/// A requirement reads at a glance when its <c>and</c>/<c>or</c>/<c>not</c> nesting is at most
/// <see cref="MaxLogicalDepth"/> levels deep and it makes at most <see cref="MaxComparisons"/> comparisons
/// (<c>==</c>, <c>&lt;</c>, <c>in</c>, <c>between</c>, …); a longer one is better written as a table, or split
/// into several rules or several entries of a <c>require</c> list (each entry is measured on its own).
/// The limits were lowered from 6 levels and 30 comparisons (issue 12) once the band-by-band or-chains of the US
/// separation, MAQ and pipeline rules were rewritten as table lookups in require lists: every shipped requirement
/// now reads within them.
/// </remarks>
public static class RuleReadability
{
    /// <summary>The deepest nesting of <c>and</c>, <c>or</c> and <c>not</c> a requirement may have without a warning.</summary>
    public const int MaxLogicalDepth = 4;

    /// <summary>The most comparisons one requirement may make without a warning.</summary>
    public const int MaxComparisons = 10;

    private static readonly FrozenSet<string> s_comparisons = new[] { "==", "!=", "<", "<=", ">", ">=" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The readability warnings of <paramref name="rules"/>, in rule order.</summary>
    public static IReadOnlyList<Diagnostic> Warnings(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var warnings = new List<Diagnostic>();
        foreach (var rule in rules)
        {
            if (rule.Message is { } message && !NamesASubjectValue(message.Text))
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.MessageNamesNoSubject, message.Span,
                    $"the message of {rule.Id} names no value of its subjects: add a placeholder such as {Example(rule)}, so that a reader can tell which component the finding is about"));
            }

            foreach (var require in rule.Require)
            {
                if (Parser.Parse(require.Text).Node is not { } node)
                {
                    continue;
                }

                var depth = LogicalDepth(node);
                var comparisons = Comparisons(node);
                if (depth > MaxLogicalDepth || comparisons > MaxComparisons)
                {
                    warnings.Add(Diagnostic.Warning(DiagnosticCodes.RequirementHardToRead, require.Span, string.Create(CultureInfo.InvariantCulture,
                        $"a requirement of {rule.Id} nests and/or/not {depth} deep and makes {comparisons} comparisons (at most {MaxLogicalDepth} and {MaxComparisons} read at a glance): put the limits in a table, or split it into a require list or several rules")));
                }
            }
        }

        return warnings;
    }

    /// <summary>Whether a message template has a placeholder reading a value of the facility's components or of the facility (not only <c>params</c> or <c>today</c>).</summary>
    internal static bool NamesASubjectValue(string template) =>
        PlaceholderScanner.Scan(template).Any(piece =>
            piece.Kind == TemplatePieceKind.Placeholder && Parser.Parse(piece.Text).Node is { } node && ReadsSubject(node));

    private static string Example(RuleDefinition rule) =>
        rule.IsFacilityRule || rule.Subjects.Count == 0 ? "{facility.id}" : $"{{{rule.Subjects[0].Name}.id}}";

    private static bool ReadsSubject(SyntaxNode node) => node switch
    {
        PathSyntax p => p.Parts[0].Name is not ("params" or "today"),
        CallSyntax c => c.Arguments.Any(ReadsSubject),
        AggregateSyntax => true,
        ListSyntax l => l.Items.Any(ReadsSubject),
        UnarySyntax u => ReadsSubject(u.Operand),
        BinarySyntax b => ReadsSubject(b.Left) || ReadsSubject(b.Right),
        InSyntax n => ReadsSubject(n.Value) || ReadsSubject(n.List),
        BetweenSyntax b => ReadsSubject(b.Value) || ReadsSubject(b.Low) || ReadsSubject(b.High),
        _ => false,
    };

    /// <summary>The nesting depth of and/or/not, counting a chain of the same operator (<c>a and b and c</c>) as one level.</summary>
    internal static int LogicalDepth(SyntaxNode node) => LogicalDepth(node, parent: null);

    private static int LogicalDepth(SyntaxNode node, string? parent)
    {
        switch (node)
        {
            case BinarySyntax { Operator: "and" or "or" } b:
                var own = b.Operator == parent ? 0 : 1;
                return own + Math.Max(LogicalDepth(b.Left, b.Operator), LogicalDepth(b.Right, b.Operator));
            case UnarySyntax { Operator: "not" } u:
                return 1 + LogicalDepth(u.Operand, "not");
            default:
                return SyntaxChildren.Of(node).Select(c => LogicalDepth(c, null)).DefaultIfEmpty(0).Max();
        }
    }

    /// <summary>How many comparisons an expression makes (including those inside aggregates' <c>where</c>).</summary>
    internal static int Comparisons(SyntaxNode node)
    {
        var own = node switch
        {
            BinarySyntax b when s_comparisons.Contains(b.Operator) => 1,
            InSyntax or BetweenSyntax => 1,
            _ => 0,
        };
        return own + SyntaxChildren.Of(node).Sum(Comparisons);
    }
}
