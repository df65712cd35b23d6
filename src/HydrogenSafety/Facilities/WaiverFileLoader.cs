using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Loads a waiver file: a YAML or JSON document with a <c>waivers:</c> list (SPEC §7).</summary>
internal static class WaiverFileLoader
{
    private static readonly string[] TopFields = ["waivers", "$schema"];

    public static IReadOnlyList<WaiverDeclaration> LoadFile(string path)
    {
        var text = SourceFileReader.ReadText(path, YamlLimits.Default, out var problem);
        if (text is null)
        {
            throw new LoadException([problem!]);
        }

        var document = YamlDocumentReader.Read(text, path);
        var context = new YamlReadContext(path);
        context.AddRange(document.Diagnostics);
        IReadOnlyList<WaiverDeclaration> waivers = [];
        if (document.Root is not null && context.Mapping(document.Root, "waiver file") is { } map)
        {
            var fields = YamlFields.Read(map, context, "a waiver file", TopFields);
            if (fields.Required("waivers") is { } list)
            {
                waivers = WaiverReader.ReadAll(list, context);
            }
        }

        return context.HasErrors ? throw new LoadException(context.SortedDiagnostics()) : waivers;
    }
}
