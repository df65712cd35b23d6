using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Yaml;

/// <summary>A node of a YAML document: a mapping, a list or a scalar, with where it was written.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span, long weight, int height)
    {
        Span = span;
        Weight = weight;
        Height = height;
    }

    /// <summary>From the first character of the node (after any anchor or tag) to its end.</summary>
    public SourceSpan Span { get; }

    /// <summary>How many nodes this one stands for with every alias inside it expanded.</summary>
    public long Weight { get; }

    /// <summary>How many levels of nesting this node has (a scalar has 1).</summary>
    public int Height { get; }

    /// <summary>What the node is, for messages: <c>a mapping</c>, <c>a list</c>, <c>a value</c>.</summary>
    public abstract string Description { get; }
}
