using HydrogenSafety.Units;

namespace HydrogenSafety.Tests.Units;

public class QuantityMathTests
{
    [Test]
    public void Twenty_five_feet_equals_7_62_metres() =>
        QuantityMath.ApproximatelyEqual(Quantity.From(25, "ft").Value, Quantity.From(7.62, "m").Value).Should().BeTrue();

    [Test]
    public void Float_noise_is_equal() =>
        QuantityMath.ApproximatelyEqual(0.1 + 0.2, 0.3).Should().BeTrue();

    [TestCase(1.0, 1.0 + 0.9e-9, true)]
    [TestCase(1.0, 1.0 + 1.1e-9, false)]
    [TestCase(1e6, 1e6 + 0.0009, true)]
    [TestCase(1e6, 1e6 + 0.0011, false)]
    [TestCase(0.0, 0.9e-12, true)]
    [TestCase(0.0, 1.1e-12, false)]
    [TestCase(0.0, -0.0, true)]
    public void Tolerance_is_relative_1e9_and_absolute_1e12(double a, double b, bool equal)
    {
        QuantityMath.ApproximatelyEqual(a, b).Should().Be(equal);
        QuantityMath.ApproximatelyEqual(b, a).Should().Be(equal);
    }

    [Test]
    public void Non_finite_values()
    {
        QuantityMath.ApproximatelyEqual(double.NaN, double.NaN).Should().BeFalse();
        QuantityMath.ApproximatelyEqual(double.PositiveInfinity, double.PositiveInfinity).Should().BeTrue();
        QuantityMath.ApproximatelyEqual(double.PositiveInfinity, double.MaxValue).Should().BeFalse();
    }

    [TestCase(1.0, 2.0, -1)]
    [TestCase(2.0, 1.0, 1)]
    [TestCase(7.62, 7.620000000000001, 0)]
    public void Compare_uses_the_tolerance(double a, double b, int sign) =>
        Math.Sign(QuantityMath.Compare(a, b)).Should().Be(sign);

    [Test]
    public void Compare_of_converted_values()
    {
        // 25 ft is not less than 7.62 m, and 87.5 MPa is more than 12,000 psi (82.7 MPa).
        QuantityMath.Compare(Quantity.From(25, "ft").Value, Quantity.From(7.62, "m").Value).Should().Be(0);
        QuantityMath.Compare(Quantity.From(87.5, "MPa").Value, Quantity.From(12_000, "psi").Value).Should().BePositive();
    }
}
