namespace HydrogenSafety.Rules;

/// <summary>How sure a rule's author is of its source (written <c>H</c>, <c>M</c> or <c>L</c> in <c>source.confidence</c>).</summary>
public enum SourceConfidence
{
    /// <summary><c>L</c>: a single or unconfirmed secondary source; the rule is guidance at most.</summary>
    Low,

    /// <summary><c>M</c>: consistent secondary sources, the primary text not read.</summary>
    Medium,

    /// <summary><c>H</c>: read in the primary text or an official summary. Only such rules should be enforced.</summary>
    High,
}
