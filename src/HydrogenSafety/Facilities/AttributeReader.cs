using System.Text.RegularExpressions;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Facilities;

/// <summary>Reads named attributes (of a component or of the facility) into a dictionary, checking their names.</summary>
internal static partial class AttributeReader
{
    /// <summary>How many free-form names the process-wide suggestion cache holds at most.</summary>
    private const int SharedLimit = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> s_nearest = new(StringComparer.Ordinal);

    /// <summary>Reads each entry as an attribute; a name outside the vocabulary but near one gets warning H2S0410.</summary>
    /// <param name="entries">The attributes' entries.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="syntax">How the document is written: in JSON, free-form strings are typed too.</param>
    public static IReadOnlyDictionary<string, AttributeValue> ReadAll(IEnumerable<YamlEntry> entries, YamlReadContext context, ValueSyntax syntax = ValueSyntax.Yaml)
    {
        var attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!Name().IsMatch(entry.Name))
            {
                context.Error(DiagnosticCodes.InvalidValue, entry.Key.Span,
                    $"`{entry.Name}` is not a valid attribute name: use ASCII letters, digits and `_`, starting with a letter");
                continue;
            }

            if (Vocabulary.TypeOf(entry.Name) is null && NearestKnown(entry.Name, context) is { } near)
            {
                context.Warning(DiagnosticCodes.SuspiciousAttribute, entry.Key.Span,
                    $"`{entry.Name}` is not in the vocabulary and is read as a free-form attribute; did you mean '{near}'?");
            }

            if (AttributeValueReader.Read(entry.Value, entry.Name, context, syntax) is { } value)
            {
                attributes[entry.Name] = value;
            }
        }

        return attributes;
    }

    /// <summary>
    /// The vocabulary attribute nearest to a free-form name, or null; remembered for the rest of the document and,
    /// since the vocabulary is fixed, for every later document of the process (up to <see cref="SharedLimit"/> names):
    /// a folder of facilities using the same free-form names measures their edit distances once, not once a file.
    /// </summary>
    private static string? NearestKnown(string name, YamlReadContext context)
    {
        if (!context.Suggestions.TryGetValue(name, out var near))
        {
            if (!s_nearest.TryGetValue(name, out near))
            {
                near = NameSuggester.Suggest(name, Vocabulary.Attributes.Keys);
                if (s_nearest.Count < SharedLimit)
                {
                    s_nearest.TryAdd(name, near);
                }
            }

            context.Suggestions[name] = near;
        }

        return near;
    }

    /// <summary>Reads the entries of an <c>attributes:</c> mapping.</summary>
    /// <param name="node">The mapping.</param>
    /// <param name="context">Where diagnostics go.</param>
    /// <param name="syntax">How the document is written: in JSON, free-form strings are typed too.</param>
    public static IReadOnlyDictionary<string, AttributeValue> ReadMapping(YamlNode node, YamlReadContext context, ValueSyntax syntax = ValueSyntax.Yaml) =>
        context.Mapping(node, "attributes") is { } map ? ReadAll(map.Entries, context, syntax) : new Dictionary<string, AttributeValue>(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
