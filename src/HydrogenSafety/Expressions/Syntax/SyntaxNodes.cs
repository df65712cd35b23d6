namespace HydrogenSafety.Expressions.Syntax;

/// <summary>A node of the expression syntax tree; offsets are into the expression text.</summary>
internal abstract record SyntaxNode(int Start, int End);

/// <summary>A number with an optional unit, as written.</summary>
internal sealed record NumberSyntax(string Text, string? Unit, int UnitStart, int Start, int End) : SyntaxNode(Start, End);

internal sealed record StringSyntax(string Value, int Start, int End) : SyntaxNode(Start, End);

internal sealed record BoolSyntax(bool Value, int Start, int End) : SyntaxNode(Start, End);

internal sealed record DateSyntax(string Text, int Start, int End) : SyntaxNode(Start, End);

internal sealed record ListSyntax(IReadOnlyList<SyntaxNode> Items, int Start, int End) : SyntaxNode(Start, End);

/// <summary>A dotted name: <c>vessel.pressure</c>, <c>params.margin</c>, <c>pressure</c>, <c>today</c>.</summary>
internal sealed record PathSyntax(IReadOnlyList<PathPart> Parts, int Start, int End) : SyntaxNode(Start, End)
{
    public string Dotted => string.Join(".", Parts.Select(p => p.Name));
}

internal sealed record PathPart(string Name, int Start);

/// <summary>A call <c>name(args)</c>, optionally followed by <c>.member</c> (a table column).</summary>
internal sealed record CallSyntax(string Name, int NameStart, IReadOnlyList<SyntaxNode> Arguments, PathPart? Member, int Start, int End) : SyntaxNode(Start, End);

/// <summary>
/// An aggregate: <c>exists(KIND where EXPR)</c>, <c>count(…)</c>, <c>sum(ATTR of KIND where EXPR)</c>, <c>max(…)</c>, <c>min(…)</c>.
/// </summary>
internal sealed record AggregateSyntax(string Function, PathPart? Attribute, IReadOnlyList<PathPart> Kinds, SyntaxNode? Where, int Start, int End) : SyntaxNode(Start, End);

internal sealed record UnarySyntax(string Operator, SyntaxNode Operand, int Start, int End) : SyntaxNode(Start, End);

internal sealed record BinarySyntax(string Operator, SyntaxNode Left, SyntaxNode Right, int OperatorStart, int Start, int End) : SyntaxNode(Start, End);

internal sealed record InSyntax(SyntaxNode Value, SyntaxNode List, bool Negated, int Start, int End) : SyntaxNode(Start, End);

internal sealed record BetweenSyntax(SyntaxNode Value, SyntaxNode Low, SyntaxNode High, int Start, int End) : SyntaxNode(Start, End);
