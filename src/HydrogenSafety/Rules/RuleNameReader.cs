using System.Text.RegularExpressions;

namespace HydrogenSafety.Rules;

/// <summary>The forms of names in rule files: rule ids, and identifiers (subjects, parameters, tables, columns).</summary>
internal static partial class RuleNameReader
{
    /// <summary>Words of the expression language and names with a fixed meaning; a subject may not take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "facility", "params", "it", "today", "and", "or", "not", "in", "between", "where", "of", "true", "false",
    };

    /// <summary>Built-in functions of the expression language; a table may not shadow them.</summary>
    public static readonly IReadOnlySet<string> BuiltIns = new HashSet<string>(StringComparer.Ordinal)
    {
        "defined", "distance", "exists", "count", "sum", "max", "min", "abs", "today",
    };

    /// <summary>A name usable in expressions: an ASCII letter or <c>_</c>, then ASCII letters, digits and <c>_</c>.</summary>
    public static bool IsIdentifier(string name) => Identifier().IsMatch(name);

    /// <summary>A rule id: ASCII letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, starting with a letter or digit (no glob characters).</summary>
    public static bool IsRuleId(string id) => RuleId().IsMatch(id);

    /// <summary>A semantic version <c>x.y.z</c>, optionally with a pre-release and build part.</summary>
    public static bool IsSemanticVersion(string version) => SemanticVersion().IsMatch(version);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemanticVersion();
}
