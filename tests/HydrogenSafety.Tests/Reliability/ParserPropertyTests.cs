using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Tests.Reliability.Oracle;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>
/// The parser never throws, whatever the text: it returns a tree or a <see cref="ParseError"/> with a stable code
/// and an offset inside the text. Printing a parsed tree and parsing it again gives the same tree.
/// </summary>
[TestFixture]
public class ParserPropertyTests
{
    private static readonly string[] Tokens =
    [
        "(", ")", "[", "]", ",", ".", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=", "!", "and", "or", "not", "in", "between",
        "where", "of", "true", "false", "it", "v", "v.pressure", "facility.type", "params.margin", "exists(", "count(", "sum(", "max(", "min(",
        "abs(", "distance(", "defined(", "sep(", ").d", "1", "2.5", "1e3", "1e400", "7 MPa", "3 m", "2 in", "25 %LFL", "1 %", "2 kg/s",
        "'gas'", "\"gas\"", "'", "\"", "2024-02-30", "2026-01-01", "today", "{", "}", "$", "@", "\\", "\t", "\n", "°C", "µ", "²", "\u00a0",
        "System.IO.File.Delete(", "GetType()", "__proto__",
    ];

    private static Arbitrary<string> TokenSoup() =>
        Gen.ListOf(Gen.Elements(Tokens)).Select(ts => string.Join(" ", ts)).ToArbitrary();

    private static Arbitrary<string> AnyText() =>
        Gen.ArrayOf(Gen.Frequency(
            (3, Gen.Elements("()[],.+-*/<>=!'\"0123456789 eE%°µ_".ToCharArray())),
            (2, Gen.Choose(97, 122).Select(c => (char)c)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c)))).Select(cs => new string(cs)).ToArbitrary();

    private static bool NeverThrows(string text)
    {
        var (node, error) = Parser.Parse(text);
        if (node is null == (error is null))
        {
            throw new AssertionException($"exactly one of tree and error is expected for: {text}");
        }

        if (error is not null && (error.Offset < 0 || error.Offset > text.Length
            || error.Code is not (DiagnosticCodes.ExpressionSyntax or DiagnosticCodes.LimitExceeded)))
        {
            throw new AssertionException($"bad error {error} for: {text}");
        }

        return true;
    }

    [Test]
    public void Random_text_gives_a_tree_or_a_parse_error_never_an_exception() =>
        Check.One(PropertyRuns.Config(1000), Prop.ForAll(AnyText(), NeverThrows));

    [Test]
    public void Token_soup_gives_a_tree_or_a_parse_error_never_an_exception() =>
        Check.One(PropertyRuns.Config(1000), Prop.ForAll(TokenSoup(), NeverThrows));

    /// <summary>Expressions the differential generators write, printed back from their trees.</summary>
    private static Arbitrary<string> GeneratedExpressions() =>
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var c = Generators.Build(new Random(seed), size);
            return c.Rules.SelectMany(r => r.Require.Concat(r.When is null ? [] : [r.When]).Concat(r.Subjects.Where(s => s.Where is not null).Select(s => s.Where!)))
                .ToList();
        })).Select(list => list[0]).ToArbitrary();

    [Test]
    public void Printing_a_parsed_expression_and_parsing_it_again_gives_the_same_tree() =>
        Check.One(PropertyRuns.Config(500), Prop.ForAll(GeneratedExpressions(), RoundTrips));

    [Test]
    public void Token_soup_that_parses_round_trips_too() =>
        Check.One(PropertyRuns.Config(1000), Prop.ForAll(TokenSoup(), text => Parser.Parse(text).Node is null || RoundTrips(text)));

    [TestCase("a.b + 2 * (c - 1 MPa) >= max(x, 3 m) and not (d in ['a', 'b''c'])")]
    [TestCase("exists([gas_detector, compressor] where it.area == v.area) or count(component) between 1 and 2")]
    [TestCase("sum(inventory of storage_vessel where phase == \"gas\") <= 100 kg")]
    [TestCase("sep(v.pressure).d <= distance(v, w) - -2 in")]
    [TestCase("x not in [2026-01-01, today] or 25 %LFL > 1 %")]
    public void Examples_round_trip(string text) => RoundTrips(text).Should().BeTrue();

    private static bool RoundTrips(string text)
    {
        var (first, error) = Parser.Parse(text);
        if (first is null)
        {
            throw new AssertionException($"{text}: {error}");
        }

        var printed = Printer.Print(first);
        var (second, error2) = Parser.Parse(printed);
        if (second is null)
        {
            throw new AssertionException($"the printed form does not parse: {printed} ({error2}) from {text}");
        }

        var a = Printer.Structure(first);
        var b = Printer.Structure(second);
        return a == b ? true : throw new AssertionException($"{text}\nprinted {printed}\n{a}\n!=\n{b}");
    }
}

/// <summary>Prints a syntax tree back to the rule language, fully parenthesised; and a position-free structural form.</summary>
internal static class Printer
{
    public static string Print(SyntaxNode node) => node switch
    {
        NumberSyntax n => n.Unit is null ? n.Text : n.Text + " " + n.Unit,
        StringSyntax s => "'" + s.Value.Replace("'", "''", StringComparison.Ordinal) + "'",
        BoolSyntax b => b.Value ? "true" : "false",
        DateSyntax d => d.Text,
        ListSyntax l => "[" + string.Join(", ", l.Items.Select(Print)) + "]",
        PathSyntax p => p.Dotted,
        CallSyntax c => c.Name + "(" + string.Join(", ", c.Arguments.Select(Print)) + ")" + (c.Member is null ? string.Empty : "." + c.Member.Name),
        AggregateSyntax a => a.Function + "(" + (a.Attribute is null ? string.Empty : a.Attribute.Name + " of ")
            + (a.Kinds.Count == 1 ? a.Kinds[0].Name : "[" + string.Join(", ", a.Kinds.Select(k => k.Name)) + "]")
            + (a.Where is null ? string.Empty : " where " + Print(a.Where)) + ")",
        UnarySyntax u => u.Operator == "not" ? "not (" + Print(u.Operand) + ")" : "-(" + Print(u.Operand) + ")",
        BinarySyntax b => "(" + Print(b.Left) + ") " + b.Operator + " (" + Print(b.Right) + ")",
        InSyntax i => "(" + Print(i.Value) + ")" + (i.Negated ? " not in " : " in ") + "(" + Print(i.List) + ")",
        BetweenSyntax b => "(" + Print(b.Value) + ") between (" + Print(b.Low) + ") and (" + Print(b.High) + ")",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>The tree without offsets, for comparing two parses.</summary>
    public static string Structure(SyntaxNode node)
    {
        var sb = new StringBuilder();
        Write(node, sb);
        return sb.ToString();
    }

    private static void Write(SyntaxNode node, StringBuilder sb)
    {
        switch (node)
        {
            case NumberSyntax n:
                sb.Append("num(").Append(n.Text).Append(',').Append(n.Unit).Append(')');
                break;
            case StringSyntax s:
                sb.Append("str(").Append(s.Value.Length).Append(':').Append(s.Value).Append(')');
                break;
            case BoolSyntax b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case DateSyntax d:
                sb.Append("date(").Append(d.Text).Append(')');
                break;
            case ListSyntax l:
                sb.Append("list(");
                foreach (var item in l.Items)
                {
                    Write(item, sb);
                    sb.Append(';');
                }

                sb.Append(')');
                break;
            case PathSyntax p:
                sb.Append("path(").Append(p.Dotted).Append(')');
                break;
            case CallSyntax c:
                sb.Append("call(").Append(c.Name).Append(';');
                foreach (var arg in c.Arguments)
                {
                    Write(arg, sb);
                    sb.Append(';');
                }

                sb.Append(c.Member?.Name).Append(')');
                break;
            case AggregateSyntax a:
                sb.Append("agg(").Append(a.Function).Append(';').Append(a.Attribute?.Name).Append(';')
                    .Append(string.Join(",", a.Kinds.Select(k => k.Name))).Append(';');
                if (a.Where is not null)
                {
                    Write(a.Where, sb);
                }

                sb.Append(')');
                break;
            case UnarySyntax u:
                sb.Append(u.Operator).Append('(');
                Write(u.Operand, sb);
                sb.Append(')');
                break;
            case BinarySyntax b:
                sb.Append(b.Operator).Append('(');
                Write(b.Left, sb);
                sb.Append(';');
                Write(b.Right, sb);
                sb.Append(')');
                break;
            case InSyntax i:
                sb.Append(i.Negated ? "notin(" : "in(");
                Write(i.Value, sb);
                sb.Append(';');
                Write(i.List, sb);
                sb.Append(')');
                break;
            case BetweenSyntax b:
                sb.Append("between(");
                Write(b.Value, sb);
                sb.Append(';');
                Write(b.Low, sb);
                sb.Append(';');
                Write(b.High, sb);
                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }
}
