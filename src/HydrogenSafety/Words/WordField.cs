using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Words;

/// <summary>Reads a field whose value is one of a closed list of words, with <see cref="WordSuggester"/>'s "did you mean".</summary>
internal static class WordField
{
    /// <summary>One of <paramref name="words"/> (exact, case-sensitive), or <c>null</c> after reporting H2S0006 with a "did you mean".</summary>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="node">The value.</param>
    /// <param name="what">The field's name, for messages.</param>
    /// <param name="words">The allowed words and what each means.</param>
    public static T? OneOf<T>(this YamlReadContext context, YamlNode node, string what, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        if (context.Scalar(node, what) is not { } scalar)
        {
            return null;
        }

        if (words.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        context.Error(DiagnosticCodes.InvalidValue, scalar.Span,
            $"`{what}` must be one of {string.Join(", ", words.Keys)}, not `{scalar.Value}`{WordSuggester.DidYouMean(scalar.Value, words.Keys)}");
        return null;
    }
}
