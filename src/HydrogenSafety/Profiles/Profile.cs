using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Profiles;

/// <summary>
/// Selects and tailors rules for a purpose (SPEC §5, like XCCDF tailoring): which rules are evaluated
/// (<see cref="Include"/>, <see cref="Exclude"/>) and per-rule severity and parameter overrides.
/// Apply it with <see cref="Rules.RuleSet.Tailor(Profile)"/> or <c>EngineOptions.Profile</c>.
/// </summary>
public sealed class Profile
{
    private static readonly Lazy<IReadOnlyList<Profile>> s_builtIn = new(() => ProfileLoader.LoadEmbedded(typeof(Profile).Assembly));

    /// <summary>The profile's name, e.g. <c>kr-hydrogen</c>.</summary>
    public required string Name { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>Optional longer description.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The profile's text in other languages (<c>translations: { ko: { title } }</c>), by lowercase ISO 639 code,
    /// as rules carry theirs; a field left out falls back to English.
    /// </summary>
    public IReadOnlyDictionary<string, ProfileTranslation> Translations { get; init; } = new Dictionary<string, ProfileTranslation>(StringComparer.Ordinal);

    /// <summary>The title in <paramref name="language"/> (<c>ko</c>, <c>ja</c>), falling back to the English <see cref="Title"/>.</summary>
    public string TitleIn(string language) =>
        language != "en" && Translations.TryGetValue(language, out var t) && t.Title is { } title ? title : Title;

    /// <summary>Rules matching any of these are selected; empty means every rule.</summary>
    public IReadOnlyList<RuleSelector> Include { get; init; } = [];

    /// <summary>Rules matching any of these are left out, even when included.</summary>
    public IReadOnlyList<RuleSelector> Exclude { get; init; } = [];

    /// <summary>Per-rule tailoring, by rule id.</summary>
    public IReadOnlyDictionary<string, RuleOverride> Overrides { get; init; } = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);

    /// <summary>The file it came from.</summary>
    public string? File { get; init; }

    /// <summary>Where the profile starts.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>The profiles shipped with the built-in rule packs, by name.</summary>
    public static IReadOnlyList<Profile> BuiltIn => s_builtIn.Value;

    /// <summary>Loads a profile file.</summary>
    /// <exception cref="LoadException">The file is invalid; every diagnostic is attached.</exception>
    public static Profile Load(string path) => ProfileLoader.LoadFile(path);

    /// <summary>
    /// Loads a profile file and checks it against <paramref name="rules"/>: the file's own errors and its errors
    /// against the rules (unknown rule ids, tags, parameters) are reported together.
    /// </summary>
    /// <exception cref="LoadException">The file is invalid or does not fit the rules; every diagnostic is attached.</exception>
    public static Profile Load(string path, Rules.RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return ProfileLoader.LoadFile(path, rules);
    }

    /// <summary>Parses a profile from text.</summary>
    /// <exception cref="LoadException">The text is invalid; every diagnostic is attached.</exception>
    public static Profile Parse(string yaml, string name) => ProfileLoader.Parse(yaml, name);

    /// <summary>A built-in profile by name, or a profile file by path.</summary>
    /// <exception cref="LoadException">No built-in profile has that name and no such file exists, or the file is invalid.</exception>
    public static Profile Resolve(string nameOrPath) => Find(nameOrPath, null);

    /// <summary>
    /// A built-in profile by name, or a profile file by path checked against <paramref name="rules"/> (its own
    /// errors and its errors against the rules reported together).
    /// </summary>
    /// <exception cref="LoadException">No built-in profile has that name and no such file exists, or the file is invalid or does not fit the rules.</exception>
    public static Profile Resolve(string nameOrPath, Rules.RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Find(nameOrPath, rules);
    }

    private static Profile Find(string nameOrPath, Rules.RuleSet? rules)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BuiltIn.FirstOrDefault(p => string.Equals(p.Name, nameOrPath, StringComparison.Ordinal)) is { } builtIn)
        {
            return builtIn;
        }

        if (System.IO.File.Exists(nameOrPath))
        {
            return ProfileLoader.LoadFile(nameOrPath, rules);
        }

        var known = string.Join(", ", BuiltIn.Select(p => p.Name));
        throw new LoadException([Diagnostic.Error(DiagnosticCodes.UnknownProfile, SourceSpan.Start(nameOrPath),
            $"no built-in profile is named '{nameOrPath}' and no such file exists (built-in profiles: {(known.Length == 0 ? "none" : known)})")]);
    }
}
