using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>
/// The fields of one mapping of a known format: unknown keys are reported (H2S0003, with a "did you
/// mean"), and required ones are checked (H2S0004). An empty value (<c>key:</c>, <c>~</c>, <c>null</c>) counts as absent.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlReadContext _context;
    private readonly string _owner;

    private YamlFields(YamlMapping map, YamlReadContext context, string owner)
    {
        Map = map;
        _context = context;
        _owner = owner;
    }

    /// <summary>The mapping read.</summary>
    public YamlMapping Map { get; }

    /// <summary>Reads the fields of <paramref name="map"/>, reporting every key not in <paramref name="known"/>.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="owner">What the mapping is, for messages: <c>a rule</c>, <c>a component</c>.</param>
    /// <param name="known">The fields the format allows.</param>
    public static YamlFields Read(YamlMapping map, YamlReadContext context, string owner, IReadOnlyCollection<string> known)
    {
        foreach (var entry in map.Entries)
        {
            if (!known.Contains(entry.Name, StringComparer.Ordinal))
            {
                context.Error(DiagnosticCodes.UnknownField, entry.Key.Span,
                    $"`{entry.Name}` is not a field of {owner}{NameSuggester.DidYouMean(entry.Name, known)}");
            }
        }

        return new YamlFields(map, context, owner);
    }

    /// <summary>Reads the fields of a mapping whose other keys mean something else (a component's attributes): nothing is unknown.</summary>
    public static YamlFields Open(YamlMapping map, YamlReadContext context, string owner) => new(map, context, owner);

    /// <summary>The value of a field, or <c>null</c> when it is absent or empty.</summary>
    public YamlNode? Get(string name)
    {
        var entry = Map.Find(name);
        return entry is null || entry.Value is YamlScalar { IsNull: true } ? null : entry.Value;
    }

    /// <summary>The entry of a field (key and value), or <c>null</c> when absent.</summary>
    public YamlEntry? Entry(string name) => Map.Find(name);

    /// <summary>The value of a required field; reports H2S0004 and returns <c>null</c> when it is absent or empty.</summary>
    public YamlNode? Required(string name)
    {
        var entry = Map.Find(name);
        if (entry is null)
        {
            _context.Error(DiagnosticCodes.MissingField, Map.Span, $"{_owner} needs `{name}`");
            return null;
        }

        if (entry.Value is YamlScalar { IsNull: true })
        {
            _context.Error(DiagnosticCodes.MissingField, entry.Key.Span, $"`{name}` needs a value");
            return null;
        }

        return entry.Value;
    }
}
