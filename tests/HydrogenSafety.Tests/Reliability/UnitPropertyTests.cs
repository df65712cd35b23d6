using FsCheck;
using FsCheck.Fluent;
using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>Unit conversions round-trip: <c>Quantity.From(v, u).In(u) ≈ v</c>, and through any unit of the same dimension.</summary>
[TestFixture]
public class UnitPropertyTests
{
    private static readonly Unit[] Units = [.. UnitCatalog.All.Where(u => u.Symbol.Length > 0)];

    private static Arbitrary<(double Value, Unit From, Unit Via)> Cases() =>
        (from magnitude in Gen.Choose(-9, 9)
         from mantissa in Gen.Choose(-1_000_000, 1_000_000)
         from source in Gen.Elements(Units)
         from via in Gen.Elements(Units.Where(u => u.Dimension == source.Dimension).ToArray())
         select (mantissa / 1e6 * Math.Pow(10, magnitude), source, via)).ToArbitrary();

    private static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= Math.Max(1e-9 * Math.Abs(expected), 1e-9);

    [Test]
    public void From_then_In_the_same_unit_gives_the_value_back() =>
        Check.One(PropertyRuns.Config(2000), Prop.ForAll(Cases(), c =>
            Close(c.Value, Quantity.From(c.Value, c.From.Symbol).In(c.From.Symbol))
                ? true : throw new AssertionException($"{c.Value} {c.From.Symbol}")));

    [Test]
    public void Through_another_unit_of_the_same_dimension_and_back() =>
        Check.One(PropertyRuns.Config(2000), Prop.ForAll(Cases(), c =>
        {
            var via = Quantity.From(c.Value, c.From.Symbol).In(c.Via.Symbol);
            var back = Quantity.From(via, c.Via.Symbol).In(c.From.Symbol);
            return Close(c.Value, back) ? true : throw new AssertionException($"{c.Value} {c.From.Symbol} -> {via} {c.Via.Symbol} -> {back}");
        }));

    [Test]
    public void Printed_quantities_parse_back_to_the_same_canonical_value() =>
        Check.One(PropertyRuns.Config(2000), Prop.ForAll(Cases(), c =>
        {
            var q = Quantity.From(c.Value, c.From.Symbol);
            var ok = QuantityText.TryParse(q.ToString(), out var parsed, out var error);
            return ok && parsed.Dimension == q.Dimension && QuantityMath.ApproximatelyEqual(parsed.Value, q.Value)
                || Math.Abs(q.Value) < 1e-12
                ? true : throw new AssertionException($"{q} -> {(ok ? parsed.ToString() : error!.ToString())}");
        }));
}
