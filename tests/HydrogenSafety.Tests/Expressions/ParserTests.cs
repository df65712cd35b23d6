using HydrogenSafety.Expressions.Syntax;

namespace HydrogenSafety.Tests.Expressions;

public class ParserTests
{
    [TestCase("vessel.pressure > 0.103 MPa")]
    [TestCase("distance(vessel, intake) >= example(vessel.pressure).air_intake + params.margin")]
    [TestCase("not has_prd or pressure <= 1 bar")]
    [TestCase("material in ['316', '316L']")]
    [TestCase("material not in ['carbon steel']")]
    [TestCase("distance(esd, d) between 25 ft and 75 ft")]
    [TestCase("exists(gas_detector where it.area == vessel.area)")]
    [TestCase("count([gas_detector, flame_detector] where area == 'yard') >= 2")]
    [TestCase("sum(inventory of storage_vessel where phase == 'gas') <= 3000 scf")]
    [TestCase("max(pressure of component) <= 82 MPa")]
    [TestCase("min(1 m, 2 m) == 1 m")]
    [TestCase("today >= 2025-05-01")]
    [TestCase("-(-3 m) == 3 m")]
    [TestCase("flow_rate <= 2 kg/s and heat_flux < 4.7 kW/m2")]
    [TestCase("alarm_setpoint <= 25 %LFL and exhaust_h2_concentration <= 0.5 %")]
    [TestCase("pipe_inner_diameter <= 2 in")]
    [TestCase("defined(facility.staffed)")]
    public void Parses_valid_expressions(string text)
    {
        var (node, error) = Parser.Parse(text);
        error.Should().BeNull();
        (node!.Start, node.End).Should().Be((0, text.Length), "the tree covers the whole text");
    }

    [Test]
    public void Precedence_puts_and_below_comparison_and_or_below_and()
    {
        var (node, _) = Parser.Parse("a > 1 m or b < 2 m and c == 3 m");
        var or = node.Should().BeOfType<BinarySyntax>().Subject;
        or.Operator.Should().Be("or");
        or.Right.Should().BeOfType<BinarySyntax>().Which.Operator.Should().Be("and");
    }

    [Test]
    public void Arithmetic_binds_tighter_than_comparison()
    {
        var (node, _) = Parser.Parse("a >= b + c * 2");
        var cmp = node.Should().BeOfType<BinarySyntax>().Subject;
        cmp.Operator.Should().Be(">=");
        var sum = cmp.Right.Should().BeOfType<BinarySyntax>().Subject;
        sum.Operator.Should().Be("+");
        sum.Right.Should().BeOfType<BinarySyntax>().Which.Operator.Should().Be("*");
    }

    [TestCase("x <= -20 degC", "-20", "degC", 5)]
    [TestCase("x <= - 40 degF", "-40", "degF", 5)]
    [TestCase("x > -(-1 bara)", "1", "bara", 4)]
    [TestCase("x > -1e3", "-1e3", null, 4)]
    public void A_minus_before_a_number_belongs_to_the_number_and_keeps_its_unit(string text, string number, string? unit, int start)
    {
        var (node, error) = Parser.Parse(text);
        error.Should().BeNull();
        var literal = node.Should().BeOfType<BinarySyntax>().Subject.Right.Should().BeOfType<NumberSyntax>().Subject;
        literal.Text.Should().Be(number);
        literal.Unit.Should().Be(unit);
        literal.Start.Should().Be(start);
        literal.End.Should().Be(text.Length);
    }

    [Test]
    public void A_minus_before_anything_else_stays_a_negation()
    {
        var (node, _) = Parser.Parse("-x.y < 0 m");
        node.Should().BeOfType<BinarySyntax>().Which.Left.Should().BeOfType<UnarySyntax>().Which.Operator.Should().Be("-");
    }

    [Test]
    public void A_number_takes_the_unit_written_after_it_but_not_a_keyword()
    {
        var (node, _) = Parser.Parse("x between 25 ft and 75 ft");
        var between = node.Should().BeOfType<BetweenSyntax>().Subject;
        between.Low.Should().BeOfType<NumberSyntax>().Which.Unit.Should().Be("ft");
        between.High.Should().BeOfType<NumberSyntax>().Which.Unit.Should().Be("ft");
    }

    [Test]
    public void Inch_unit_is_not_the_in_operator_unless_a_list_follows()
    {
        Parser.Parse("d <= 2 in").Node.Should().BeOfType<BinarySyntax>()
            .Which.Right.Should().BeOfType<NumberSyntax>().Which.Unit.Should().Be("in");
        Parser.Parse("2 in [1, 2]").Node.Should().BeOfType<InSyntax>();
    }

    [TestCase("pressure > ", 11, "ends too early")]
    [TestCase("pressure = 3 MPa", 9, "'=='")]
    [TestCase("(a > 1 m", 8, "')'")]
    [TestCase("a > 'open", 4, "quote")]
    [TestCase("a > 1 m b", 8, "unexpected 'b'")]
    [TestCase("x between 1 m 2 m", 14, "'and'")]
    [TestCase("sum(inventory storage_vessel)", 4, "sum needs")]
    [TestCase("", 0, "empty")]
    public void Reports_syntax_errors_at_their_offset(string text, int offset, string fragment)
    {
        var (_, error) = Parser.Parse(text);
        error.Should().NotBeNull();
        error!.Offset.Should().Be(offset);
        error.Message.Should().Contain(fragment);
    }

    [Test]
    public void Deep_nesting_is_refused_without_overflowing_the_stack()
    {
        var text = new string('(', 5000) + "1" + new string(')', 5000);
        var (_, error) = Parser.Parse(text.Length > Parser.MaxLength ? text[..Parser.MaxLength] : text);
        error.Should().NotBeNull();
        error!.Code.Should().Be("H2S0009");
    }

    [Test]
    public void Long_expressions_are_refused()
    {
        var text = string.Join(" and ", Enumerable.Repeat("a > 1 m", 1000));
        Parser.Parse(text).Error!.Code.Should().Be("H2S0009");
    }
}
