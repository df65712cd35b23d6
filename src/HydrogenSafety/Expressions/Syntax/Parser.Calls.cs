namespace HydrogenSafety.Expressions.Syntax;

/// <summary>The primaries with inner structure: lists, paths, calls (built-ins and table lookups) and aggregates.</summary>
internal sealed partial class Parser
{
    private ListSyntax ParseList()
    {
        var open = Advance();
        var items = new List<SyntaxNode>();
        if (!Current.Is("]"))
        {
            do
            {
                items.Add(ParseSum());
            }
            while (Accept(","));
        }

        var close = Expect("]", "a ']' is missing");
        return new ListSyntax(items, open.Start, close.End);
    }

    private PathSyntax ParsePath()
    {
        var first = Advance();
        var parts = new List<PathPart> { new(first.Text, first.Start) };
        var end = first.End;
        while (Current.Is("."))
        {
            Advance();
            var part = ExpectIdentifier("a name must follow '.'");
            parts.Add(new PathPart(part.Text, part.Start));
            end = part.End;
        }

        return new PathSyntax(parts, first.Start, end);
    }

    private SyntaxNode ParseCall()
    {
        var name = Advance();
        Advance(); // (
        if (name.Text is "exists" or "count")
        {
            return ParseAggregate(name, attribute: null);
        }

        if (name.Text is "sum" or "max" or "min" && Current.Kind == TokenKind.Identifier && Peek(1).Is("of"))
        {
            var attribute = Advance();
            Advance(); // of
            return ParseAggregate(name, new PathPart(attribute.Text, attribute.Start));
        }

        if (name.Text == "sum")
        {
            throw Fail("sum needs the form sum(ATTRIBUTE of KIND where CONDITION)");
        }

        var args = new List<SyntaxNode>();
        if (!Current.Is(")"))
        {
            do
            {
                args.Add(ParseOr());
            }
            while (Accept(","));
        }

        var close = Expect(")", "a ')' is missing");
        PathPart? member = null;
        var end = close.End;
        if (Current.Is("."))
        {
            Advance();
            var m = ExpectIdentifier("a column name must follow '.'");
            member = new PathPart(m.Text, m.Start);
            end = m.End;
        }

        return new CallSyntax(name.Text, name.Start, args, member, name.Start, end);
    }

    private AggregateSyntax ParseAggregate(Token name, PathPart? attribute)
    {
        var kinds = new List<PathPart>();
        if (Accept("["))
        {
            do
            {
                var k = ExpectIdentifier("a component kind is expected");
                kinds.Add(new PathPart(k.Text, k.Start));
            }
            while (Accept(","));

            Expect("]", "a ']' is missing");
        }
        else
        {
            var k = ExpectIdentifier($"{name.Text} needs a component kind, e.g. {name.Text}(gas_detector where …)");
            kinds.Add(new PathPart(k.Text, k.Start));
        }

        SyntaxNode? where = null;
        if (Accept("where"))
        {
            where = ParseOr();
        }

        var close = Expect(")", "a ')' is missing");
        return new AggregateSyntax(name.Text, attribute, kinds, where, name.Start, close.End);
    }
}
