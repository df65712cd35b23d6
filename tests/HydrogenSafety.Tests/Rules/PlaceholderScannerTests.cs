using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

public class PlaceholderScannerTests
{
    [Test]
    public void Literals_placeholders_and_doubled_braces_come_in_order()
    {
        var pieces = PlaceholderScanner.Scan("{{a}} {v.id} has {v.pressure}.").ToList();

        pieces.Select(p => (p.Kind, p.Text)).Should().Equal(
            (TemplatePieceKind.Literal, "{a} "),
            (TemplatePieceKind.Placeholder, "v.id"),
            (TemplatePieceKind.Literal, " has "),
            (TemplatePieceKind.Placeholder, "v.pressure"),
            (TemplatePieceKind.Literal, "."));
        pieces[1].Start.Should().Be(7);
        pieces[1].End.Should().Be(11);
    }

    [Test]
    public void An_unmatched_brace_ends_the_scan_with_its_position()
    {
        PlaceholderScanner.Scan("ok {v.id} then {open").Last().Should().Be(new TemplatePiece(TemplatePieceKind.UnclosedBrace, "{", 15, 16));
        PlaceholderScanner.Scan("a } b").Last().Should().Be(new TemplatePiece(TemplatePieceKind.StrayBrace, "}", 2, 3));
    }

    [Test]
    public void The_readability_lint_reads_placeholders_through_the_scanner()
    {
        RuleReadability.NamesASubjectValue("{{v.id}} only braces {params.limit}").Should().BeFalse();
        RuleReadability.NamesASubjectValue("{{literal}} and {v.id}").Should().BeTrue();
    }
}
