using HydrogenSafety.Yaml;
using YamlDotNet.Core;

namespace HydrogenSafety.Facilities;

/// <summary>
/// Tells a facility written in JSON from one written in YAML: JSON is a <c>{…}</c> flow mapping whose keys,
/// at every level, are double-quoted. The file name plays no part, so a <c>.yaml</c> file holding JSON, a
/// JSON facility inline in a rule test and text passed to <see cref="Facility.Parse"/> are all read alike.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>The syntax of a facility's root mapping (YAML for anything that is not JSON).</summary>
    public static ValueSyntax Of(YamlMapping root) =>
        IsFlow(root) && KeysAreDoubleQuoted(root) ? ValueSyntax.Json : ValueSyntax.Yaml;

    /// <summary>True when the first key is preceded, past white space, by <c>{</c> (an empty mapping says nothing).</summary>
    private static bool IsFlow(YamlMapping map)
    {
        if (map.Entries.Count == 0)
        {
            return false;
        }

        var key = map.Entries[0].Key;
        var text = key.Source.Text;
        var i = Math.Min(key.TokenStart, text.Length) - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == '{';
    }

    private static bool KeysAreDoubleQuoted(YamlNode node) => node switch
    {
        YamlMapping map => map.Entries.All(e => e.Key.Style == ScalarStyle.DoubleQuoted && KeysAreDoubleQuoted(e.Value)),
        YamlSequence list => list.Items.All(KeysAreDoubleQuoted),
        _ => true,
    };
}
