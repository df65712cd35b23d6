using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HydrogenSafety.Consequences;
using HydrogenSafety.Units;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety hazard --pressure 70 MPa --temperature 288 K --leak 1 mm [--format text|json]</c>: advisory
/// consequence distances of a hydrogen gas leak (docs/consequences.md). Exit 0, or 2 for an input the models refuse.
/// </summary>
internal static class HazardCommand
{
    public static Command Create()
    {
        var pressure = new Option<string>("--pressure") { Description = "Storage pressure, gauge, with its unit (e.g. 70 MPa, 350 bar).", Required = true };
        var temperature = new Option<string>("--temperature") { Description = "Gas temperature with its unit (default 288 K).", DefaultValueFactory = _ => "288 K" };
        var leak = new Option<string?>("--leak") { Description = "Leak diameter with its unit (e.g. 1 mm)." };
        var pipe = new Option<string?>("--pipe") { Description = "Pipe inner diameter; the leak is --leak-fraction of its flow area." };
        var fraction = new Option<double>("--leak-fraction") { Description = "Fraction of the pipe flow area that leaks (default 0.03, the NFPA 2 basis).", DefaultValueFactory = _ => ReleaseScenario.Nfpa2LeakFraction };
        var nozzle = new Option<string>("--nozzle") { Description = "Notional nozzle: yuceil-otugen (default) or birch.", DefaultValueFactory = _ => "yuceil-otugen" };
        nozzle.AcceptOnlyFromAmong("yuceil-otugen", "birch");
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("hazard", "Advisory jet-flame and flammable-cloud distances of a hydrogen leak (not a code-compliance determination).")
        {
            pressure, temperature, leak, pipe, fraction, nozzle, format,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(pressure)!,
            parseResult.GetValue(temperature)!,
            parseResult.GetValue(leak),
            parseResult.GetValue(pipe),
            parseResult.GetValue(fraction),
            parseResult.GetValue(nozzle)!,
            parseResult.GetValue(format)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Execute(string pressure, string temperature, string? leak, string? pipe, double fraction, string nozzle, string format, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if ((leak is null) == (pipe is null))
            {
                throw new HazardInputException("give either --leak (the leak diameter) or --pipe (the pipe inner diameter, with --leak-fraction)");
            }

            var p = Parse(pressure, "--pressure");
            var t = Parse(temperature, "--temperature");
            var scenario = leak is not null
                ? new ReleaseScenario(p, t, Parse(leak, "--leak"))
                : ReleaseScenario.FromPipe(p, t, Parse(pipe!, "--pipe"), fraction);
            scenario = scenario with { NotionalNozzle = nozzle == "birch" ? NotionalNozzleModel.Birch : NotionalNozzleModel.YuceilOtugen };
            var estimate = HazardCalculator.Estimate(scenario);
            if (format == "json")
            {
                WriteJson(estimate, stdout);
            }
            else
            {
                WriteText(estimate, stdout);
            }

            return ExitCodes.Success;
        }
        catch (HazardInputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static Quantity Parse(string text, string option) =>
        QuantityText.TryParse(text, out var q, out var error) ? q : throw new HazardInputException($"{option}: {error.Message}");

    private static string F(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    private static void WriteText(HazardEstimate e, TextWriter o)
    {
        var s = e.Scenario;
        o.WriteLine($"Hydrogen release hazard estimate — {HazardEstimate.Disclaimer}");
        o.WriteLine($"  release: {s.Pressure} gauge, {s.Temperature}, leak diameter {F(e.LeakDiameter.Value * 1000)} mm, C_d {F(s.DischargeCoefficient)}");
        o.WriteLine($"  mass flow rate: {F(e.MassFlow.Value, "0.####")} kg/s (choked; throat density {F(e.ThroatDensity, "0.##")} kg/m3)");
        o.WriteLine($"  notional nozzle: diameter {F(e.NotionalDiameter.Value * 1000, "0.##")} mm, velocity {F(e.NotionalVelocity, "0")} m/s, temperature {F(e.NotionalTemperature.Value, "0")} K");
        o.WriteLine($"  flame: visible length {F(e.FlameLength.Value, "0.##")} m, width {F(e.FlameWidth.Value, "0.##")} m, radiant fraction {F(e.RadiantFraction, "0.###")}, radiant power {F(e.RadiantPower / 1000, "0.#")} kW");
        o.WriteLine("  distance along the jet to a concentration (advisory K = 5.4 / best estimate K = 4.0):");
        foreach (var c in e.ConcentrationDistances)
        {
            o.WriteLine($"    {c.Concentration,-6} {F(c.Advisory.Value, "0.##")} m / {F(c.BestEstimate.Value, "0.##")} m{(c.BuoyancyAffected ? " (buoyancy affected)" : string.Empty)}");
        }

        o.WriteLine("  distance from the leak along the flame axis to a heat flux:");
        foreach (var h in e.HeatFluxDistances)
        {
            o.WriteLine($"    {h.HeatFlux,-12} {F(h.Distance.Value, "0.##")} m");
        }

        o.WriteLine("  models:");
        foreach (var m in e.Models)
        {
            o.WriteLine($"    {m}");
        }

        foreach (var w in e.Warnings)
        {
            o.WriteLine($"  warning: {w}");
        }
    }

    private static void WriteJson(HazardEstimate e, TextWriter o)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("advisory", HazardEstimate.Disclaimer);
            w.WriteStartObject("release");
            w.WriteString("pressure", e.Scenario.Pressure.ToString());
            w.WriteString("temperature", e.Scenario.Temperature.ToString());
            w.WriteNumber("leak_diameter_m", e.LeakDiameter.Value);
            w.WriteNumber("discharge_coefficient", e.Scenario.DischargeCoefficient);
            w.WriteEndObject();
            w.WriteNumber("mass_flow_kg_per_s", e.MassFlow.Value);
            w.WriteNumber("throat_density_kg_per_m3", e.ThroatDensity);
            w.WriteStartObject("notional_nozzle");
            w.WriteNumber("diameter_m", e.NotionalDiameter.Value);
            w.WriteNumber("velocity_m_per_s", e.NotionalVelocity);
            w.WriteNumber("temperature_k", e.NotionalTemperature.Value);
            w.WriteNumber("density_kg_per_m3", e.NotionalDensity);
            w.WriteEndObject();
            w.WriteStartObject("flame");
            w.WriteNumber("visible_length_m", e.FlameLength.Value);
            w.WriteNumber("width_m", e.FlameWidth.Value);
            w.WriteNumber("radiant_fraction", e.RadiantFraction);
            w.WriteNumber("radiant_power_w", e.RadiantPower);
            w.WriteEndObject();
            w.WriteStartArray("concentration_distances");
            foreach (var c in e.ConcentrationDistances)
            {
                w.WriteStartObject();
                w.WriteNumber("concentration_percent", c.Concentration.Value * 100);
                w.WriteNumber("advisory_m", c.Advisory.Value);
                w.WriteNumber("best_estimate_m", c.BestEstimate.Value);
                w.WriteBoolean("buoyancy_affected", c.BuoyancyAffected);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("heat_flux_distances");
            foreach (var h in e.HeatFluxDistances)
            {
                w.WriteStartObject();
                w.WriteNumber("heat_flux_kw_per_m2", h.HeatFlux.Value);
                w.WriteNumber("distance_m", h.Distance.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("models");
            foreach (var m in e.Models)
            {
                w.WriteStringValue(m);
            }

            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var warning in e.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
