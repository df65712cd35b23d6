using System.Globalization;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>One rule's text that a report in <see cref="Language"/> shows in English, because its translation lacks it.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Language">The language code (<c>ko</c>, <c>ja</c>, …).</param>
/// <param name="Fields">The fields shown in English: <c>title</c>, <c>message</c>, <c>remediation</c>.</param>
/// <param name="MissingTranslation">True when the rule has no translation in this language at all.</param>
/// <param name="Span">Where the rule starts.</param>
public sealed record TranslationFallback(string RuleId, string Language, IReadOnlyList<string> Fields, bool MissingTranslation, SourceSpan Span)
{
    /// <summary>True when the text is a profile's (<see cref="RuleId"/> is then the profile's name, <see cref="Fields"/> <c>title</c>).</summary>
    public bool IsProfile { get; init; }

    /// <summary>The lint line: <c>file:line:column: info H2S0314: …</c>.</summary>
    public override string ToString() => PrintableText.Of(string.Create(CultureInfo.InvariantCulture,
        $"{Span}: info {DiagnosticCodes.TranslationFallback}: {Message}"));

    /// <summary>What falls back, in words.</summary>
    public string Message => MissingTranslation
        ? $"{(IsProfile ? "profile" : "rule")} {RuleId} has no `{Language}` translation: reports in {Language} show its {string.Join(", ", Fields)} in English"
        : $"{(IsProfile ? "profile" : "rule")} {RuleId}'s `{Language}` translation has no {string.Join(", ", Fields)}: reports in {Language} show English for {(Fields.Count == 1 ? "it" : "them")}";
}

/// <summary>
/// Which rule texts fall back to English per language (<c>h2safety lint</c>, code H2S0314, information only: a
/// fallback never stops loading or fails a run). A rule is expected to carry every language it has a translation
/// for in full, a rule for Korea (<c>KR</c> in its jurisdictions) Korean and a rule for Japan (<c>JP</c>) Japanese.
/// A field counts only when the English rule has it (a rule without a message template uses its title as message).
/// </summary>
public static class TranslationCoverage
{
    /// <summary>The fallbacks of <paramref name="rules"/>, by rule (in the order given), then language.</summary>
    public static IReadOnlyList<TranslationFallback> Of(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var result = new List<TranslationFallback>();
        foreach (var rule in rules)
        {
            var languages = new SortedSet<string>(rule.Translations.Keys, StringComparer.Ordinal);
            if (rule.Jurisdictions is { } jurisdictions)
            {
                if (jurisdictions.Contains("KR", StringComparer.OrdinalIgnoreCase))
                {
                    languages.Add("ko");
                }

                if (jurisdictions.Contains("JP", StringComparer.OrdinalIgnoreCase))
                {
                    languages.Add("ja");
                }
            }

            foreach (var language in languages)
            {
                rule.Translations.TryGetValue(language, out var translation);
                var fields = new List<string>();
                if (translation?.Title is null)
                {
                    fields.Add("title");
                }

                if (rule.Message is not null && translation?.Message is null)
                {
                    fields.Add("message");
                }

                if (rule.Remediation is not null && translation?.Remediation is null)
                {
                    fields.Add("remediation");
                }

                if (fields.Count > 0)
                {
                    result.Add(new TranslationFallback(rule.Id, language, fields, translation is null, rule.Span));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The fallbacks of <paramref name="profiles"/>' titles: a profile is expected to carry every language it has a
    /// translation for, Korean when it includes Korean rules (<c>KR</c>) and Japanese when it includes Japanese (<c>JP</c>).
    /// </summary>
    public static IReadOnlyList<TranslationFallback> Of(IEnumerable<Profiles.Profile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var result = new List<TranslationFallback>();
        foreach (var profile in profiles)
        {
            var languages = new SortedSet<string>(profile.Translations.Keys, StringComparer.Ordinal);
            var jurisdictions = profile.Include.SelectMany(s => s.Jurisdictions).ToList();
            if (jurisdictions.Contains("KR", StringComparer.OrdinalIgnoreCase))
            {
                languages.Add("ko");
            }

            if (jurisdictions.Contains("JP", StringComparer.OrdinalIgnoreCase))
            {
                languages.Add("ja");
            }

            foreach (var language in languages)
            {
                profile.Translations.TryGetValue(language, out var translation);
                var fields = new List<string>();
                if (translation?.Title is null)
                {
                    fields.Add("title");
                }

                if (profile.Description is not null && translation?.Description is null)
                {
                    fields.Add("description");
                }

                if (fields.Count > 0)
                {
                    result.Add(new TranslationFallback(profile.Name, language, fields, translation is null, profile.Span ?? SourceSpan.Start(profile.File ?? profile.Name)) { IsProfile = true });
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The summary line: <c>translation fallbacks: ja 2 fields in 1 rule, ko none</c>, for the languages of
    /// <paramref name="fallbacks"/> and <c>ko</c> and <c>ja</c> always.
    /// </summary>
    public static string Summary(IReadOnlyList<TranslationFallback> fallbacks)
    {
        ArgumentNullException.ThrowIfNull(fallbacks);
        var languages = new SortedSet<string>(fallbacks.Select(f => f.Language), StringComparer.Ordinal) { "ko", "ja" };
        var parts = languages.Select(language =>
        {
            var all = fallbacks.Where(f => f.Language == language).ToList();
            if (all.Count == 0)
            {
                return $"{language} none";
            }

            var fields = all.Sum(f => f.Fields.Count);
            var rules = all.Count(f => !f.IsProfile);
            var profiles = all.Count - rules;
            var where = new List<string>();
            if (rules > 0)
            {
                where.Add(string.Create(CultureInfo.InvariantCulture, $"{rules} {(rules == 1 ? "rule" : "rules")}"));
            }

            if (profiles > 0)
            {
                where.Add(string.Create(CultureInfo.InvariantCulture, $"{profiles} {(profiles == 1 ? "profile" : "profiles")}"));
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"{language} {fields} {(fields == 1 ? "field" : "fields")} in {string.Join(" and ", where)}");
        });
        return "translation fallbacks: " + string.Join(", ", parts);
    }
}
