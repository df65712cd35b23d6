using System.Text.RegularExpressions;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Reads a rule's <c>translations:</c>: a mapping from a language (<c>ko</c>, <c>ja</c>, or another lowercase ISO 639
/// code; not <c>en</c>, which is the rule's own text) to its <c>title</c>, <c>message</c> and <c>remediation</c>.
/// </summary>
internal static partial class TranslationReader
{
    private static readonly IReadOnlyList<string> Fields = ["title", "message", "remediation"];

    /// <summary>Reads the translations; an empty map when there are none or after reporting errors.</summary>
    public static IReadOnlyDictionary<string, RuleTranslation> Read(YamlNode node, YamlReadContext context)
    {
        var result = new SortedDictionary<string, RuleTranslation>(StringComparer.Ordinal);
        foreach (var (language, fieldsMap) in Languages(node, context, "the rule's own text: write English in `title`, `message` and `remediation`"))
        {
            var fields = YamlFields.Read(fieldsMap, context, $"a translation (`{language}`)", Fields);
            result[language] = new RuleTranslation
            {
                Title = fields.Get("title") is { } title ? context.Text(title, "title") : null,
                Message = fields.Get("message") is { } message ? context.Scalar(message, "message")?.ToExpressionSource() : null,
                Remediation = fields.Get("remediation") is { } remediation ? context.Text(remediation, "remediation") : null,
            };
        }

        return result;
    }

    /// <summary>
    /// The languages of a <c>translations:</c> mapping with the mapping of each, reporting a key that is <c>en</c>
    /// (<paramref name="ownText"/> says where English goes) or not a language code, or a value that is not a mapping.
    /// </summary>
    internal static IEnumerable<(string Language, YamlMapping Fields)> Languages(YamlNode node, YamlReadContext context, string ownText)
    {
        if (context.Mapping(node, "translations") is not { } map)
        {
            yield break;
        }

        foreach (var entry in map.Entries)
        {
            var language = entry.Name;
            if (language == "en")
            {
                context.Error(DiagnosticCodes.InvalidValue, entry.Key.Span, $"`en` is {ownText}, and other languages here");
                continue;
            }

            if (!LanguagePattern().IsMatch(language))
            {
                context.Error(DiagnosticCodes.InvalidValue, entry.Key.Span,
                    $"`{language}` is not a language code: use a lowercase ISO 639 code such as `ko` or `ja`");
                continue;
            }

            if (context.Mapping(entry.Value, $"translations.{language}") is { } fieldsMap)
            {
                yield return (language, fieldsMap);
            }
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
