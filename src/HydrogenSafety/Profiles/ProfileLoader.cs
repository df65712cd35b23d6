using System.Reflection;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Profiles;

/// <summary>Reads profile files (SPEC §5); all errors of a file together, nothing of a broken file used.</summary>
internal static class ProfileLoader
{
    public const string EmbeddedFolder = "rules/profiles/";

    private static readonly string[] TopFields = ["profile", "title", "description", "include", "exclude", "overrides", "translations", "$schema"];
    private static readonly string[] SelectorFields = ["ids", "tags", "stages", "jurisdictions"];
    private static readonly string[] OverrideFields = ["severity", "params"];

    private static readonly IReadOnlyDictionary<string, Severity> Severities = new Dictionary<string, Severity>(StringComparer.Ordinal)
    {
        ["info"] = Severity.Info, ["low"] = Severity.Low, ["medium"] = Severity.Medium, ["high"] = Severity.High, ["critical"] = Severity.Critical,
    };

    private static readonly IReadOnlyDictionary<string, Stage> Stages = new Dictionary<string, Stage>(StringComparer.Ordinal)
    {
        ["production"] = Stage.Production, ["storage"] = Stage.Storage, ["transport"] = Stage.Transport, ["utilization"] = Stage.Utilization,
    };

    public static Profile LoadFile(string path) => LoadFile(path, null);

    /// <summary>
    /// Loads a profile file; with <paramref name="rules"/>, also checks it against them, reporting the file's own
    /// errors and its errors against the rules together (SPEC §4.1: all errors of a file at once).
    /// </summary>
    public static Profile LoadFile(string path, RuleSet? rules)
    {
        var text = SourceFileReader.ReadText(path, YamlLimits.Default, out var problem);
        return text is null ? throw new LoadException([problem!]) : Parse(text, path, rules);
    }

    /// <summary>Parses a profile and, with <paramref name="rules"/>, checks it against them; throws with every error.</summary>
    public static Profile Parse(string text, string file, RuleSet? rules)
    {
        var document = YamlDocumentReader.Read(text, file);
        var context = new YamlReadContext(file);
        context.AddRange(document.Diagnostics);
        var profile = document.Root is null ? null : ReadProfile(document.Root, context, file);
        var diagnostics = new List<Diagnostic>(context.SortedDiagnostics());
        if (profile is not null && rules is not null)
        {
            // The parts of the profile that could be read are checked against the rules even when others could not.
            ProfileTailoring.Check(rules, profile, diagnostics);
        }

        return profile is not null && !diagnostics.Any(d => d.IsError) ? profile : throw new LoadException(RuleSetBuilder.Order(diagnostics));
    }

    public static Profile Parse(string text, string file)
    {
        var (profile, diagnostics) = Read(text, file);
        return profile ?? throw new LoadException(diagnostics);
    }

    public static (Profile? Profile, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string file)
    {
        var document = YamlDocumentReader.Read(text, file);
        var context = new YamlReadContext(file);
        context.AddRange(document.Diagnostics);
        var profile = document.Root is null ? null : ReadProfile(document.Root, context, file);
        return (context.HasErrors ? null : profile, context.SortedDiagnostics());
    }

    public static IReadOnlyList<Profile> LoadEmbedded(Assembly assembly)
    {
        var profiles = new List<Profile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(EmbeddedFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = "builtin:" + name;
            var text = BoundedTextReader.Read(stream, file, YamlLimits.Default.MaxFileSize, out var problem);
            if (text is null)
            {
                diagnostics.Add(problem!);
                continue;
            }

            var (profile, found) = Read(text, file);
            diagnostics.AddRange(found);
            if (profile is not null)
            {
                profiles.Add(profile);
            }
        }

        return diagnostics.Any(d => d.IsError) ? throw new LoadException(diagnostics) : profiles;
    }

    /// <summary>Reads a profile as far as it can be read (the caller tells a broken one by the errors reported); <c>null</c> when the root is not a mapping.</summary>
    private static Profile? ReadProfile(YamlNode root, YamlReadContext context, string file)
    {
        if (context.Mapping(root, "profile") is not { } map)
        {
            return null;
        }

        var fields = YamlFields.Read(map, context, "a profile", TopFields);
        var name = fields.Required("profile") is { } n ? context.Text(n, "profile") : null;
        var title = fields.Required("title") is { } t ? context.Text(t, "title") : null;
        var description = fields.Get("description") is { } d ? context.Text(d, "description") : null;
        var include = fields.Get("include") is { } i ? ReadSelectors(i, context, "include") : [];
        var exclude = fields.Get("exclude") is { } e ? ReadSelectors(e, context, "exclude") : [];
        var overrides = fields.Get("overrides") is { } o ? ReadOverrides(o, context) : new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, ProfileTranslation> translations = fields.Get("translations") is { } tr ? ReadTranslations(tr, context) : new SortedDictionary<string, ProfileTranslation>(StringComparer.Ordinal);
        return new Profile
        {
            Translations = translations,
            Name = name ?? string.Empty,
            Title = title ?? string.Empty,
            Description = description,
            Include = include,
            Exclude = exclude,
            Overrides = overrides,
            File = file,
            Span = map.Span,
        };
    }

    /// <summary>The profile's <c>translations</c>, read as a rule's are (<see cref="TranslationReader"/>): a language code to its <c>title</c> and <c>description</c>.</summary>
    private static SortedDictionary<string, ProfileTranslation> ReadTranslations(YamlNode node, YamlReadContext context)
    {
        var result = new SortedDictionary<string, ProfileTranslation>(StringComparer.Ordinal);
        foreach (var (language, fieldsMap) in TranslationReader.Languages(node, context, "the profile's own text: write English in `title` and `description`"))
        {
            var fields = YamlFields.Read(fieldsMap, context, $"a translation (`{language}`)", ["title", "description"]);
            result[language] = new ProfileTranslation
            {
                Title = fields.Get("title") is { } title ? context.Text(title, "title") : null,
                Description = fields.Get("description") is { } description ? context.Text(description, "description") : null,
            };
        }

        return result;
    }

    private static List<RuleSelector> ReadSelectors(YamlNode node, YamlReadContext context, string what)
    {
        var selectors = new List<RuleSelector>();
        if (context.Sequence(node, what) is not { } list)
        {
            return selectors;
        }

        foreach (var item in list.Items)
        {
            if (context.Mapping(item, $"a selector of {what}") is not { } map)
            {
                continue;
            }

            var fields = YamlFields.Read(map, context, $"a selector of {what}", SelectorFields);
            if (map.Entries.Count == 0)
            {
                context.Error(DiagnosticCodes.MissingField, map.Span, $"a selector of {what} needs at least one of: {string.Join(", ", SelectorFields)}");
            }

            selectors.Add(new RuleSelector
            {
                Ids = Texts(fields.Get("ids"), context, "ids"),
                Tags = Texts(fields.Get("tags"), context, "tags"),
                Stages = fields.Get("stages") is { } s
                    ? YamlExpect.OneOrMany(s).Select(x => context.OneOf(x, "stages", Stages)).OfType<Stage>().ToList()
                    : [],
                Jurisdictions = Texts(fields.Get("jurisdictions"), context, "jurisdictions"),
                Span = map.Span,
            });
        }

        return selectors;
    }

    private static Dictionary<string, RuleOverride> ReadOverrides(YamlNode node, YamlReadContext context)
    {
        var overrides = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        if (context.Mapping(node, "overrides") is not { } map)
        {
            return overrides;
        }

        foreach (var entry in map.Entries)
        {
            if (context.Mapping(entry.Value, $"the override of {entry.Name}") is not { } body)
            {
                continue;
            }

            var fields = YamlFields.Read(body, context, $"the override of {entry.Name}", OverrideFields);
            var severity = fields.Get("severity") is { } s ? context.OneOf(s, "severity", Severities) : null;
            var parameters = fields.Get("params") is { } p
                ? AttributeReader.ReadMapping(p, context)
                : new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
            overrides[entry.Name] = new RuleOverride { Severity = severity, Params = parameters, Span = entry.Key.Span };
        }

        return overrides;
    }

    private static List<string> Texts(YamlNode? node, YamlReadContext context, string what) =>
        node is null ? [] : YamlExpect.OneOrMany(node).Select(x => context.Text(x, what)).OfType<string>().ToList();
}
