using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Expressions;

/// <summary>Arithmetic at run time on units with an offset (degC, degF, bara, psia), and on numbers too large to print.</summary>
public class OffsetScaleArithmeticTests
{
    private static Value Q(double number, string unit) => Value.Of(Quantity.From(number, unit));

    [Test]
    public void Two_temperatures_cannot_be_added_or_subtracted()
    {
        var r = Arithmetic.Binary("-", Q(25, "degC"), Q(5, "degC"));
        r.IsError.Should().BeTrue();
        r.ErrorMessage.Should().Contain("temperatures");
        Arithmetic.Binary("+", Q(25, "degC"), Q(5, "K")).IsError.Should().BeTrue();
    }

    [Test]
    public void A_temperature_cannot_be_scaled_negated_or_made_absolute()
    {
        Arithmetic.Binary("*", Value.Plain(2), Q(25, "degC")).IsError.Should().BeTrue();
        Arithmetic.Binary("/", Q(25, "degC"), Value.Plain(2)).IsError.Should().BeTrue();
        Arithmetic.Negate(Q(25, "degC")).IsError.Should().BeTrue();
        Arithmetic.Abs(Q(-40, "degC")).IsError.Should().BeTrue();
    }

    [Test]
    public void A_temperature_shifted_by_kelvins_stays_in_its_own_unit()
    {
        var down = Arithmetic.Shift("-", Q(25, "degC"), Q(20, "K"));
        down.ToString().Should().Be("5 degC");
        Arithmetic.Shift("+", Q(32, "degF"), Q(5, "K")).ToString().Should().Be("41 degF");
        Arithmetic.Shift("-", Q(1, "m"), Q(20, "K")).IsError.Should().BeTrue();
    }

    [Test]
    public void Arithmetic_on_absolute_pressures_prints_gauge()
    {
        var ten = Q(10, "bara");
        Arithmetic.Binary("-", ten, Q(5, "bara")).ToString().Should().Be("5 bar");
        Arithmetic.Binary("*", Value.Plain(2), ten).ToString().Should().Be("17.9735 bar");
        Arithmetic.Negate(ten).ToString().Should().Be("-8.98675 bar");
        Arithmetic.Abs(Q(0, "psia")).ToString().Should().Be("14.69594878 psi");
    }

    [Test]
    public void A_result_too_large_for_its_display_unit_is_an_error()
    {
        var huge = Value.Quantity(1e305, Dimension.Length, "mm");
        var r = Arithmetic.Binary("*", huge, Value.Plain(10));
        r.IsError.Should().BeTrue();
        r.ErrorMessage.Should().Contain("overflows");
    }

    [Test]
    public void Distances_between_far_positions_are_computed_without_overflow_or_are_an_error()
    {
        new Position(1e300, 1e300).DistanceTo(new Position(-1e300, -1e300)).Should().BeApproximately(2 * Math.Sqrt(2) * 1e300, 1e290);
        new Position(3, 4).DistanceTo(new Position(0, 0)).Should().Be(5);
        new Position(1.7e308, 0).DistanceTo(new Position(-1.7e308, 0)).Should().Be(double.PositiveInfinity);
    }
}
