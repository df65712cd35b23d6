using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Rules;

/// <summary>One subject of a rule: a name bound to components of some kinds, optionally filtered.</summary>
/// <param name="Name">The name used in expressions, e.g. <c>vessel</c>.</param>
/// <param name="Kinds">The kinds it matches; <c>component</c> matches any kind.</param>
/// <param name="Where">An optional filter on the subject.</param>
/// <param name="Span">Where it was declared.</param>
public sealed record SubjectDeclaration(string Name, IReadOnlyList<string> Kinds, ExpressionSource? Where, SourceSpan Span)
{
    /// <summary>The kind word that matches every component.</summary>
    public const string AnyKind = "component";
}
