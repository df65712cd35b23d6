namespace HydrogenSafety.Expressions.Syntax;

/// <summary>The direct children of a syntax node, in source order: the one walk every tree measure shares.</summary>
internal static class SyntaxChildren
{
    /// <summary>The node's operands, arguments, list items or aggregate filter; none for a leaf.</summary>
    public static IEnumerable<SyntaxNode> Of(SyntaxNode node) => node switch
    {
        ListSyntax l => l.Items,
        CallSyntax c => c.Arguments,
        AggregateSyntax { Where: { } w } => [w],
        UnarySyntax u => [u.Operand],
        BinarySyntax b => [b.Left, b.Right],
        InSyntax i => [i.Value, i.List],
        BetweenSyntax b => [b.Value, b.Low, b.High],
        _ => [],
    };
}
