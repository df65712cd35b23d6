namespace HydrogenSafety.Expressions.Syntax;

/// <summary>
/// Measures a syntax tree's height without recursion. The parser builds operator chains in loops, so a
/// long chain (<c>1+1+…</c>) is shallow to parse but deep to walk; the checker, the compiler and NRules
/// all walk trees recursively, so the height is bounded before any of them sees the tree.
/// </summary>
internal static class SyntaxHeight
{
    /// <summary>The height of the tree, and the deepest node (for the error position).</summary>
    public static (int Height, SyntaxNode Deepest) Of(SyntaxNode root)
    {
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 1));
        var best = (1, root);
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > best.Item1)
            {
                best = (depth, node);
            }

            foreach (var child in SyntaxChildren.Of(node))
            {
                stack.Push((child, depth + 1));
            }
        }

        return best;
    }
}
