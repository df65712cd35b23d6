using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>One key and its value in a mapping.</summary>
/// <param name="Key">The key (always a scalar; other keys are reported and dropped).</param>
/// <param name="Value">The value.</param>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value)
{
    /// <summary>The key's text.</summary>
    public string Name => Key.Value;
}

/// <summary>A mapping with its entries in file order; a duplicated key keeps its first entry (the second is reported).</summary>
internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<YamlEntry> entries, SourceSpan span, long weight, int height)
        : base(span, weight, height) => Entries = entries;

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    /// <inheritdoc />
    public override string Description => "a mapping";

    /// <summary>The entry with the given key, or <c>null</c>.</summary>
    public YamlEntry? Find(string key)
    {
        // A loop, not a LINQ FirstOrDefault with a closure: this runs for every field of every mapping read.
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Name, key, StringComparison.Ordinal))
            {
                return Entries[i];
            }
        }

        return null;
    }
}
