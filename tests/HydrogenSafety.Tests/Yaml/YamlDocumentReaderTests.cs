using HydrogenSafety.Diagnostics;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Tests.Yaml;

public class YamlDocumentReaderTests
{
    private static YamlDocumentResult Read(string text, YamlLimits? limits = null) => YamlDocumentReader.Read(text, "f.yaml", limits);

    [Test]
    public void Nodes_carry_one_based_positions()
    {
        var result = Read("a: 1\nlist:\n  - x\n  - {k: v}\n");

        result.Diagnostics.Should().BeEmpty();
        var root = (YamlMapping)result.Root!;
        root.Find("a")!.Value.Span.Should().Be(new SourceSpan("f.yaml", 1, 4, 1, 5));
        var list = (YamlSequence)root.Find("list")!.Value;
        list.Items[0].Span.Line.Should().Be(3);
        list.Items[0].Span.Column.Should().Be(5);
        var flow = (YamlMapping)list.Items[1];
        (flow.Span.Line, flow.Span.Column).Should().Be((4, 5));
        flow.Find("k")!.Key.Span.Column.Should().Be(6);
    }

    [Test]
    public void Json_is_read_as_yaml()
    {
        var result = Read("{\n  \"a\": [1, 2],\n  \"b\": \"text\"\n}");

        result.Diagnostics.Should().BeEmpty();
        var b = (YamlScalar)((YamlMapping)result.Root!).Find("b")!.Value;
        b.Value.Should().Be("text");
        b.IsQuoted.Should().BeTrue();
        (b.Span.Line, b.Span.Column).Should().Be((3, 8));
    }

    [Test]
    public void A_syntax_error_is_the_only_error_at_its_mark()
    {
        var result = Read("a: 1\nb: c: d\nc: 1\nc: 2\n");

        result.Root.Should().BeNull();
        result.Diagnostics.Should().ContainSingle();
        var d = result.Diagnostics[0];
        (d.Code, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.YamlSyntax, 2, 5));
    }

    [Test]
    public void An_unclosed_bracket_at_the_end_is_a_syntax_error()
    {
        var result = Read("a: [1, 2\n");

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.YamlSyntax);
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    [TestCase("---\n")]
    public void An_empty_file_is_H2S0008(string text) =>
        Read(text).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EmptyDocument);

    [Test]
    public void Duplicate_keys_are_reported_with_the_first_place()
    {
        var result = Read("a: 1\nb: 2\na: 3\n");

        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.DuplicateKey, 3, 1));
        d.Message.Should().Contain("f.yaml:1:1");
        ((YamlScalar)((YamlMapping)result.Root!).Find("a")!.Value).Value.Should().Be("1");
    }

    [Test]
    public void A_second_document_is_an_error()
    {
        var d = Read("a: 1\n---\nb: 2\n").Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.Line).Should().Be((DiagnosticCodes.YamlSyntax, 2));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_H2S0009()
    {
        var deep = new string('[', 10) + new string(']', 10);

        Read(deep, YamlLimits.Default with { MaxDepth = 9 }).Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        Read(deep, YamlLimits.Default with { MaxDepth = 10 }).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Too_many_aliases_is_H2S0009()
    {
        var text = "a: &x 1\nb: [" + string.Join(", ", Enumerable.Repeat("*x", 101)) + "]\n";

        var d = Read(text).Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        d.Message.Should().Contain("100 aliases");
    }

    [Test]
    public void Aliases_are_shared_not_copied_and_their_expansion_is_bounded()
    {
        // A "billion laughs": nine levels of ten aliases each would expand to 10^9 nodes.
        var lines = new List<string> { "l0: &l0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"l{i}: &l{i} [" + string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10)) + "]");
        }

        var d = Read(string.Join("\n", lines)).Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.LimitExceeded);
        d.Message.Should().Contain("when expanded");
    }

    [Test]
    public void An_alias_resolves_to_its_anchor_node()
    {
        var root = (YamlMapping)Read("a: &x {k: v}\nb: *x\n").Root!;

        root.Find("b")!.Value.Should().BeSameAs(root.Find("a")!.Value);
    }

    [Test]
    public void An_alias_to_an_unknown_anchor_is_a_syntax_error() =>
        Read("a: *nope\n").Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.YamlSyntax);

    [Test]
    public void A_file_over_the_size_limit_is_H2S0009() =>
        Read("a: 1234567890\n", YamlLimits.Default with { MaxFileSize = 10 }).Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.LimitExceeded);

    [Test]
    public void Scalar_spans_start_after_anchors_and_tags()
    {
        var root = (YamlMapping)Read("a: &x 5\nb: !!str 2018\n").Root!;

        root.Find("a")!.Value.Span.Column.Should().Be(7);
        var b = (YamlScalar)root.Find("b")!.Value;
        b.Span.Column.Should().Be(10);
        b.IsPlain.Should().BeFalse("an explicit !!str tag makes it text");
    }

    [Test]
    public void A_complex_key_is_reported() =>
        Read("? [a]\n: 1\n").Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.WrongNodeType);
}
