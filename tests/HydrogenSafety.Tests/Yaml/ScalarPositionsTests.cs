using HydrogenSafety.Yaml;

namespace HydrogenSafety.Tests.Yaml;

/// <summary>Every character of a scalar's value maps to its line and column in the file.</summary>
public class ScalarPositionsTests
{
    private static YamlScalar Value(string text, string key = "when") =>
        (YamlScalar)((YamlMapping)YamlDocumentReader.Read(text, "r.yaml").Root!).Find(key)!.Value;

    private static (int Line, int Column) At(YamlScalar scalar, string part, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = scalar.Value.IndexOf(part, index + 1, StringComparison.Ordinal);
        }

        var span = scalar.ToExpressionSource().At(index);
        return (span.Line, span.Column);
    }

    [Test]
    public void Plain_one_line() =>
        At(Value("when: a > 1 MPa\n"), "1").Should().Be((1, 11));

    [Test]
    public void Double_quoted() =>
        At(Value("when: \"a > 1 MPa\"\n"), "1").Should().Be((1, 12));

    [Test]
    public void Single_quoted_with_a_doubled_quote()
    {
        var scalar = Value("when: 'p == ''gas'' and x > 2'\n");

        scalar.Value.Should().Be("p == 'gas' and x > 2");
        At(scalar, "2").Should().Be((1, 29));
        At(scalar, "gas").Should().Be((1, 15));
    }

    [Test]
    public void Double_quoted_with_escapes()
    {
        var scalar = Value("when: \"x == \\\"a\\\" and y > 3\"\n");

        scalar.Value.Should().Be("x == \"a\" and y > 3");
        At(scalar, "3").Should().Be((1, 27));
    }

    [Test]
    public void Indented_in_a_list_of_rules()
    {
        var text = "rules:\n  - id: X\n    when: \"vessel.pressure > 0.103 MPa\"\n";
        var rule = (YamlMapping)((YamlSequence)((YamlMapping)YamlDocumentReader.Read(text, "r.yaml").Root!).Find("rules")!.Value).Items[0];
        var scalar = (YamlScalar)rule.Find("when")!.Value;

        At(scalar, "0.103").Should().Be((3, 30));
    }

    [Test]
    public void Literal_block()
    {
        var scalar = Value("when: |\n  a > 1 MPa\n  and b < 2\nnext: 1\n");

        scalar.Value.Should().Be("a > 1 MPa\nand b < 2\n");
        At(scalar, "1").Should().Be((2, 7));
        At(scalar, "2").Should().Be((3, 11));
        At(scalar, "and").Should().Be((3, 3));
    }

    [Test]
    public void Folded_block_with_a_blank_line()
    {
        var scalar = Value("when: >-\n    a > 1\n    or b\n\n    c\n");

        scalar.Value.Should().Be("a > 1 or b\nc");
        At(scalar, "or").Should().Be((3, 5));
        At(scalar, "c").Should().Be((5, 5));
    }

    [Test]
    public void Multi_line_plain_and_quoted()
    {
        var plain = Value("when: a > 1\n  and b > 2\n");
        plain.Value.Should().Be("a > 1 and b > 2");
        At(plain, "b").Should().Be((2, 7));

        var quoted = Value("when: \"a > 1\n      and b > 2\"\n");
        quoted.Value.Should().Be("a > 1 and b > 2");
        At(quoted, "b").Should().Be((2, 11));
    }

    [Test]
    public void Windows_line_ends()
    {
        var scalar = Value("x: 1\r\nwhen: |\r\n  a > 1\r\n  b\r\n");

        At(scalar, "b").Should().Be((4, 3));
    }

    [Test]
    public void Anchored_scalar_maps_past_the_anchor() =>
        At(Value("when: &w a > 7\n"), "7").Should().Be((1, 14));

    [Test]
    public void The_end_position_follows_the_last_character()
    {
        var source = Value("when: ab\n").ToExpressionSource();

        source.At(2).Column.Should().Be(9);
    }
}
