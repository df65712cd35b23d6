using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

public class QuantityTests
{
    [Test]
    public void From_keeps_the_unit_for_display_and_the_value_canonical()
    {
        var quantity = Quantity.From(25, "ft");
        quantity.Unit.Should().Be("ft");
        quantity.Dimension.Should().Be(Dimension.Length);
        Close.Within(quantity.Value, 7.62);
    }

    [Test]
    public void From_stores_the_catalogue_spelling() =>
        Quantity.From(3, "m³").Unit.Should().Be("m3");

    [Test]
    public void In_converts_within_a_dimension() =>
        Close.Within(Quantity.From(350, "bar").In("MPa"), 35);

    [Test]
    public void In_accepts_alternative_spellings() =>
        Close.Within(Quantity.From(1000, "L").In("m³"), 1);

    [Test]
    public void In_another_dimension_throws()
    {
        var act = () => Quantity.From(3, "m").In("kg");
        act.Should().Throw<ArgumentException>().WithMessage("*Length*'kg'*Mass*");
    }

    [Test]
    public void Unknown_unit_throws_with_a_suggestion()
    {
        var act = () => Quantity.From(87.5, "Mpa");
        act.Should().Throw<ArgumentException>().WithMessage("Unknown unit 'Mpa'; did you mean 'MPa'?*").Which.ParamName.Should().Be("unit");
    }

    [Test]
    public void Dimensionless_prints_the_bare_number() =>
        Quantity.From(3, "").ToString().Should().Be("3");

    [Test]
    public void Equal_when_value_dimension_and_unit_are_equal()
    {
        Quantity.From(87.5, "MPa").Should().Be(Quantity.From(87.5, "MPa"));
        Quantity.From(1, "m").Should().NotBe(Quantity.From(100, "cm"));
    }
}
