namespace HydrogenSafety.Schemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the three YAML formats, for editors such as yaml-language-server:
/// rule files (SPEC §4), facility descriptions (SPEC §3) and profiles (SPEC §5). They describe the formats
/// as the loaders accept them; the loaders stay the judge (units, expressions, references are checked there).
/// <c>h2safety schema rules|facility|profile</c> prints them; the repository's <c>schemas/</c> folder holds copies.
/// </summary>
public static class JsonSchemas
{
    private const string ResourceFolder = "schemas/";

    /// <summary>The names accepted by <see cref="Get(string)"/>: <c>rules</c>, <c>facility</c>, <c>profile</c>, <c>coverage</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["rules", "facility", "profile", "coverage"];

    /// <summary>The schema of rule files (<c>rules:</c> and <c>tables:</c>), test facilities included.</summary>
    public static string Rules => Get("rules");

    /// <summary>The schema of facility descriptions.</summary>
    public static string Facility => Get("facility");

    /// <summary>The schema of clause lists (coverage files, <c>rules/&lt;pack&gt;/coverage/*.yaml</c>).</summary>
    public static string Coverage => Get("coverage");

    /// <summary>The schema of profiles.</summary>
    public static string Profile => Get("profile");

    /// <summary>The file name a schema is published under, e.g. <c>rules.schema.json</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The name is not one of <see cref="Names"/>.</exception>
    public static string FileName(string name) =>
        Names.Contains(name, StringComparer.Ordinal)
            ? name + ".schema.json"
            : throw new ArgumentOutOfRangeException(nameof(name), name, "expected rules, facility, profile or coverage");

    /// <summary>A schema's text by name (<c>rules</c>, <c>facility</c>, <c>profile</c> or <c>coverage</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The name is not one of <see cref="Names"/>.</exception>
    public static string Get(string name)
    {
        var resource = ResourceFolder + FileName(name);
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the schema resource '{resource}' is missing from {typeof(JsonSchemas).Assembly.GetName().Name} (a packaging defect)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
