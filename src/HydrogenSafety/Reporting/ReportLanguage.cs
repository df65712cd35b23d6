namespace HydrogenSafety.Reporting;

/// <summary>The language a report is written in (<c>--lang en|ko|ja</c>). English is the default and the fallback.</summary>
public enum ReportLanguage
{
    /// <summary>English (<c>en</c>): the rules' own text.</summary>
    English,

    /// <summary>Korean (<c>ko</c>): the rules' <c>translations.ko</c>, falling back to English per field.</summary>
    Korean,

    /// <summary>Japanese (<c>ja</c>): the rules' <c>translations.ja</c>, falling back to English per field.</summary>
    Japanese,
}

/// <summary>Language codes of <see cref="ReportLanguage"/>: parsing and printing.</summary>
public static class ReportLanguages
{
    /// <summary>Every report language, English first.</summary>
    public static IReadOnlyList<ReportLanguage> All { get; } = [ReportLanguage.English, ReportLanguage.Korean, ReportLanguage.Japanese];

    /// <summary>The codes <see cref="TryParse"/> accepts, in the order of <see cref="All"/>: <c>en</c>, <c>ko</c>, <c>ja</c>.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["en", "ko", "ja"];

    /// <summary>The lowercase ISO 639-1 code: <c>en</c>, <c>ko</c> or <c>ja</c> (the key of a rule's <c>translations</c>).</summary>
    public static string Code(this ReportLanguage language) => language switch
    {
        ReportLanguage.English => "en",
        ReportLanguage.Korean => "ko",
        ReportLanguage.Japanese => "ja",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>Reads a language code (<c>en</c>, <c>ko</c>, <c>ja</c>, any case; a region such as <c>ko-KR</c> is accepted too).</summary>
    public static bool TryParse(string? code, out ReportLanguage language)
    {
        language = ReportLanguage.English;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var text = code.Trim();
        var dash = text.IndexOfAny(['-', '_']);
        var primary = (dash < 0 ? text : text[..dash]).ToLowerInvariant();
        for (var i = 0; i < Codes.Count; i++)
        {
            if (primary == Codes[i] && (dash < 0 || dash < text.Length - 1))
            {
                language = All[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of reports in this language (<see cref="ReportStrings"/>).</summary>
    public static ReportStrings Strings(this ReportLanguage language) => ReportStrings.For(language);
}
