using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>A list (YAML sequence) with its items in file order.</summary>
internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span, long weight, int height)
        : base(span, weight, height) => Items = items;

    /// <summary>The items in file order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc />
    public override string Description => "a list";
}
