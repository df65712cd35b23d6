namespace HydrogenSafety.Expressions.Runtime;

/// <summary>The kind of a runtime value of the rule language.</summary>
internal enum RuntimeKind : byte
{
    /// <summary>Not known: a missing attribute, distance or table row; carries what is missing.</summary>
    Unknown,
    /// <summary>Evaluation failed (e.g. division by zero); carries the reason.</summary>
    Error,
    Bool,
    Number,
    Text,
    Date,
    List,
    Component,
    Row,
}
