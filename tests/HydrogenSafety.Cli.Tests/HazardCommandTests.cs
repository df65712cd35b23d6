using System.Text.Json;

namespace HydrogenSafety.Cli.Tests;

public sealed class HazardCommandTests : CliTestBase
{
    [Test]
    public void Text_output_has_flow_flame_distances_models_and_the_advisory_words()
    {
        var r = Run("hazard", "--pressure", "70 MPa", "--temperature", "288 K", "--leak", "1 mm");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stdout.Should().Contain("advisory — not a code-compliance determination")
            .And.Contain("mass flow rate").And.Contain("visible length").And.Contain("4.732 kW/m2").And.Contain("4 %")
            .And.Contain("yuceil-otugen-2002").And.Contain("b = 7.6921e-3");
    }

    [Test]
    public void Json_output_parses_and_carries_the_distances()
    {
        var r = Run("hazard", "--pressure", "35 MPa", "--pipe", "6.223 mm", "--leak-fraction", "0.03", "--format", "json");
        r.ExitCode.Should().Be(0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        doc.RootElement.GetProperty("advisory").GetString().Should().Be("advisory — not a code-compliance determination");
        doc.RootElement.GetProperty("mass_flow_kg_per_s").GetDouble().Should().BePositive();
        doc.RootElement.GetProperty("heat_flux_distances").GetArrayLength().Should().Be(4);
        doc.RootElement.GetProperty("concentration_distances").GetArrayLength().Should().Be(4);
    }

    [TestCase("80 K", "below 100 K")]
    [TestCase("288 Q", "unknown unit")]
    public void Inputs_outside_validity_exit_2_with_a_reason(string temperature, string reason)
    {
        var r = Run("hazard", "--pressure", "70 MPa", "--temperature", temperature, "--leak", "1 mm");
        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain(reason);
        r.Stdout.Should().BeEmpty();
    }
}
