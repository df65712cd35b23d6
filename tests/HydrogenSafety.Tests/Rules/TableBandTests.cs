using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Rules;

/// <summary>Table bands are checked as written: no overlaps, and no gaps unless allowed.</summary>
public class TableBandTests
{
    private static RuleFileResult Read(string rows, string extra = "") =>
        RuleFileLoader.Read("tables:\n  t:\n    key: pressure\n" + extra + "    rows:\n" + rows, "t.yaml");

    [Test]
    public void Contiguous_bands_in_any_order_are_fine()
    {
        var result = Read("""
                  - { over: 1 MPa, upto: 2 MPa, d: 5 m }
                  - { upto: 1 MPa, d: 3 m }
                  - { over: 2 MPa, d: 9 m }

            """);

        result.Diagnostics.Should().BeEmpty();
        result.Tables.Single().Rows.Select(r => r.Columns["d"].Quantity.Value).Should().Equal(5, 3, 9);
    }

    [Test]
    public void Bands_in_different_units_that_meet_are_contiguous() =>
        Read("      - { upto: 10 bar, d: 1 m }\n      - { over: 1 MPa, upto: 2 MPa, d: 2 m }\n").Diagnostics.Should().BeEmpty();

    [Test]
    public void Overlapping_bands_name_both_lines()
    {
        var result = Read("      - { over: 0 MPa, upto: 2 MPa, d: 1 m }\n      - { over: 1 MPa, upto: 3 MPa, d: 2 m }\n");

        result.Tables.Should().BeEmpty();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.TableOverlap, 6, 9));
        d.Message.Should().Be("the band of line 6 (over 1 MPa up to 3 MPa) overlaps the band of line 5 (over 0 MPa up to 2 MPa)");
    }

    [Test]
    public void A_wide_band_overlaps_each_band_inside_it()
    {
        var result = Read("      - { over: 0 MPa, upto: 10 MPa, d: 1 m }\n      - { over: 1 MPa, upto: 2 MPa, d: 2 m }\n      - { over: 3 MPa, upto: 4 MPa, d: 3 m }\n");

        result.Diagnostics.Select(d => (d.Code, d.Span.Line)).Should().Equal(
            (DiagnosticCodes.TableOverlap, 6), (DiagnosticCodes.TableOverlap, 7));
        result.Diagnostics[1].Message.Should().Contain("overlaps the band of line 5");
    }

    [Test]
    public void Two_open_ended_bands_overlap() =>
        Read("      - { upto: 2 MPa, d: 1 m }\n      - { upto: 3 MPa, d: 2 m }\n").Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.TableOverlap);

    [Test]
    public void A_gap_is_reported_at_the_band_after_it()
    {
        var result = Read("      - { over: 2 MPa, upto: 3 MPa, d: 2 m }\n      - { over: 0 MPa, upto: 1 MPa, d: 1 m }\n");

        var d = result.Diagnostics.Should().ContainSingle().Subject;
        (d.Code, d.Span.Line, d.Span.Column).Should().Be((DiagnosticCodes.TableGap, 5, 9));
        d.Message.Should().Contain("line 6 (up to 1 MPa)").And.Contain("line 5 (over 2 MPa)").And.Contain("gaps: allowed");
    }

    [Test]
    public void Gaps_can_be_allowed()
    {
        var result = Read("      - { over: 2 MPa, upto: 3 MPa, d: 2 m }\n      - { over: 0 MPa, upto: 1 MPa, d: 1 m }\n", "    gaps: allowed\n");

        result.Diagnostics.Should().BeEmpty();
        var table = result.Tables.Single();
        table.GapsAllowed.Should().BeTrue();
        table.Find(1.5).Should().BeNull();
    }

    [Test]
    public void A_vocabulary_attribute_names_the_key_dimension()
    {
        var result = RuleFileLoader.Read("tables:\n  t:\n    key: inventory\n    rows:\n      - { upto: 100 kg, n: 1 }\n", "t.yaml");

        result.Tables.Single().KeyDimension.Should().Be(Dimension.Mass);
    }

    [Test]
    public void A_number_key_takes_bare_bounds()
    {
        var result = RuleFileLoader.Read("tables:\n  t:\n    key: number\n    rows:\n      - { upto: 3, n: a }\n      - { over: 3, n: b }\n", "t.yaml");

        result.Diagnostics.Should().BeEmpty();
        result.Tables.Single().Find(4)!.Columns["n"].Text.Should().Be("b");
    }
}
