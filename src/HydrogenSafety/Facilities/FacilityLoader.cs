using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Loads facility descriptions (YAML or JSON, SPEC §3). Every error of a file is reported together; a
/// file with any error yields no facility. Warnings alone never stop loading.
/// </summary>
internal static class FacilityLoader
{
    /// <summary>Loads a facility file.</summary>
    /// <exception cref="LoadException">The file is missing or invalid; every diagnostic is attached.</exception>
    public static Facility LoadFile(string path) => OrThrow(ReadFile(path));

    /// <summary>Parses a facility from text; <paramref name="name"/> names it in diagnostics.</summary>
    /// <exception cref="LoadException">The text is invalid; every diagnostic is attached.</exception>
    public static Facility Parse(string text, string name) => OrThrow(Read(text, name));

    /// <summary>Reads a facility file without throwing; a missing or unreadable file is H2S0001.</summary>
    public static FacilityReadResult ReadFile(string path, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = SourceFileReader.ReadText(path, limits ?? YamlLimits.Default, out var problem);
        return text is null ? new FacilityReadResult(null, [problem!]) : Read(text, path, limits);
    }

    /// <summary>Reads a facility from text without throwing; <paramref name="file"/> names it in spans and gives the default id.</summary>
    /// <param name="text">The facility's text.</param>
    /// <param name="file">The file name, for spans and the default id.</param>
    /// <param name="limits">Size and depth limits; the defaults when <c>null</c>.</param>
    /// <param name="inTest">True for a rule test's fixture file, where the <c>facility:</c> header is optional without a warning.</param>
    public static FacilityReadResult Read(string text, string file, YamlLimits? limits = null, bool inTest = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = YamlDocumentReader.Read(text, file, limits);
        var context = new YamlReadContext(file);
        context.AddRange(document.Diagnostics);
        var facility = document.Root is null ? null : FacilityDocumentReader.Read(document.Root, context, DefaultId(file), inTest);
        return Result(facility, context);
    }

    /// <summary>
    /// Reads a facility written inline in another file (a rule test's <c>facility:</c>), where the
    /// <c>facility:</c> header is optional; spans point into that file.
    /// </summary>
    /// <param name="node">The facility's mapping.</param>
    /// <param name="file">The file the node is in.</param>
    /// <param name="defaultId">The id when the facility gives none.</param>
    public static FacilityReadResult ReadInline(YamlNode node, string file, string defaultId)
    {
        var context = new YamlReadContext(file);
        var facility = FacilityDocumentReader.Read(node, context, defaultId, inTest: true);
        return Result(facility, context);
    }

    /// <summary>The id a facility gets when it gives none: the file name without its extension.</summary>
    public static string DefaultId(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return string.IsNullOrEmpty(name) ? file : name;
    }

    private static FacilityReadResult Result(Facility? facility, YamlReadContext context) =>
        context.SortedDiagnostics() is var diagnostics && !context.HasErrors && facility is not null
            ? new(facility.WithWarnings(diagnostics.Where(d => !d.IsError).ToList()), diagnostics)
            : new(null, diagnostics);

    private static Facility OrThrow(FacilityReadResult result) =>
        result is { HasErrors: false, Facility: { } facility } ? facility : throw new LoadException(result.Diagnostics);
}
