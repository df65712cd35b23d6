using System.Globalization;
using System.Text.Json;
using HydrogenSafety.Facilities;
using HydrogenSafety.Units;
using RulesEngine.Models;

namespace HydrogenSafety.Benchmarks.Baselines;

/// <summary>
/// The .NET peer: Microsoft RulesEngine 6.0.1 running the ten rules of <see cref="Workloads.TenRules"/>
/// as JSON workflows. RulesEngine evaluates one set of inputs at a time and has no joins, aggregates,
/// unknown values, units or tables, so this baseline has to:
/// <list type="bullet">
/// <item>flatten each component into a typed input (<see cref="ReComponent"/>): canonical numbers with
/// an explicit "has" flag per attribute, since a missing value must never be a violation;</item>
/// <item>write each rule as its violation predicate, with the three-valued reading spelled out by hand
/// (e.g. R5's <c>or</c>, R10's <c>not (a and b)</c>), and count the rules that succeed;</item>
/// <item>precompute the joins in C#: the candidate pairs of the three join rules (by kind) with their
/// distance, each pair one execution of that rule's workflow;</item>
/// <item>precompute the facility-wide <c>sum</c> in C# (R6, R7) and bake the table into R6's expression
/// as a nested <c>iif</c> over that sum;</item>
/// <item>pass the gas detectors (R3) and the pressure-bearing components (R9) as a list input and
/// test them with Dynamic LINQ <c>All</c> / <c>Any</c> lambdas.</item>
/// </list>
/// Units are not understood: every constant is written in the canonical unit (m, MPa, kg, m3, fraction).
/// </summary>
public sealed class RulesEngineTenRules
{
    private static readonly string[] StorageKinds = ["storage_vessel", "cylinder_bundle", "tube_trailer"];
    private static readonly string[] EquipKinds = ["storage_vessel", "cylinder_bundle", "compressor"];
    private static readonly string[] PressureKinds = ["storage_vessel", "cylinder_bundle", "tube_trailer", "compressor", "dispenser", "pipeline"];

    private readonly global::RulesEngine.RulesEngine _engine;

    public RulesEngineTenRules()
    {
        var workflows = JsonSerializer.Deserialize<Workflow[]>(WorkflowJson())
            ?? throw new InvalidOperationException("no workflows");
        _engine = new global::RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    /// <summary>The JSON workflows, with the constants in canonical units.</summary>
    public static string WorkflowJson()
    {
        static string C(double value, string unit) => Quantity.From(value, unit).Value.ToString("R", CultureInfo.InvariantCulture);
        var json = """
[
  { "WorkflowName": "components", "Rules": [
    { "RuleName": "TEN-01-DISPENSER-OVERPRESSURE",
      "Expression": "input1.Kind == \"dispenser\" && input1.HasRelief && input1.HasNominal && input1.Relief > 1.4 * input1.Nominal" },
    { "RuleName": "TEN-02-GASDET-SETPOINT",
      "Expression": "input1.Kind == \"gas_detector\" && input1.HasAlarm && input1.Alarm > {LFL25}" },
    { "RuleName": "TEN-03-FUELCELL-GASDET",
      "Expression": "input1.Kind == \"fuel_cell\" && input1.HasStationary && input1.Stationary && input3.All(d => (d.HasArea && input1.HasArea && d.Area != input1.Area) || (d.HasAlarm && d.Alarm > {LFL25}))" },
    { "RuleName": "TEN-07-GH2-PLACARD",
      "Expression": "(input1.Kind == \"storage_vessel\" || input1.Kind == \"cylinder_bundle\" || input1.Kind == \"tube_trailer\") && input1.Phase == \"gas\" && input2.NotProduction && input2.HasGasSum && input2.GasSum >= {SCF400} && input1.HasPlacarded && !input1.Placarded" },
    { "RuleName": "TEN-08-LEAK-TEST",
      "Expression": "input1.Kind == \"pipeline\" && input1.HasLeak && input1.HasMop && input1.Leak < input1.Mop" },
    { "RuleName": "TEN-10-LH2-VENT-HEIGHT",
      "Expression": "input1.Kind == \"liquid_tank\" && input1.HasIndoor && input1.Indoor && input2.NotProduction && ((input1.HasPortable && !input1.Portable) || (input1.HasWaterVolume && input1.WaterVolume >= {L150})) && input1.HasVentHeight && input1.VentHeight < {FT25}" }
  ] },
  { "WorkflowName": "esd-pairs", "Rules": [
    { "RuleName": "TEN-04-ESD-DISTANCE",
      "Expression": "input2.IsStation && input1.HasDistance && (input1.Distance < {FT25} || input1.Distance > {FT75})" }
  ] },
  { "WorkflowName": "protected-pairs", "Rules": [
    { "RuleName": "TEN-05-PROTECTED-FACILITY-DIST",
      "Expression": "input1.HasDistance && input1.Distance < 17 && ((input1.B.HasProtectionClass && input1.B.ProtectionClass != \"class2\") || input1.Distance < 12)" }
  ] },
  { "WorkflowName": "people-pairs", "Rules": [
    { "RuleName": "TEN-06-GH2-SEP-PEOPLE",
      "Expression": "input1.A.Phase == \"gas\" && input2.NotProduction && input2.HasGasSum && input2.GasSum >= {SCF400} && input1.HasDistance && input1.Distance < (input2.GasSum <= {SCF2999_9} ? {FT25} : {FT50})" }
  ] },
  { "WorkflowName": "facility", "Rules": [
    { "RuleName": "TEN-09-STATION-MAX-PRESSURE",
      "Expression": "input1.IsStation && input2.Any(c => c.HasPressure && c.Pressure > {MPA82})" }
  ] }
]
""";
        return json
            .Replace("{LFL25}", C(25, "%LFL"), StringComparison.Ordinal)
            .Replace("{SCF400}", C(400, "scf"), StringComparison.Ordinal)
            .Replace("{SCF2999_9}", C(2999.9, "scf"), StringComparison.Ordinal)
            .Replace("{L150}", C(150, "L"), StringComparison.Ordinal)
            .Replace("{FT25}", C(25, "ft"), StringComparison.Ordinal)
            .Replace("{FT50}", C(50, "ft"), StringComparison.Ordinal)
            .Replace("{FT75}", C(75, "ft"), StringComparison.Ordinal)
            .Replace("{MPA82}", C(82, "MPa"), StringComparison.Ordinal);
    }

    /// <summary>Evaluates one facility: flatten, precompute, then one RulesEngine execution per component and per candidate pair.</summary>
    public List<BaselineViolation> Evaluate(Facility facility)
    {
        var components = facility.Components.Select(ReComponent.From).ToList();
        var gasSum = HandWrittenTenRules.GaseousInventory(facility.Components.Where(c => StorageKinds.Contains(c.Kind)));
        var context = new ReFacility
        {
            IsStation = facility.Type == "fueling_station",
            NotProduction = facility.Type is not null && facility.Type != "production_plant",
            HasGasSum = gasSum is not null,
            GasSum = gasSum ?? 0,
        };
        var detectors = components.Where(c => c.Kind == "gas_detector").ToArray();
        var violations = new List<BaselineViolation>();

        void Run(string workflow, string subjects, params object[] inputs)
        {
            foreach (var result in _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult())
            {
                if (result.IsSuccess)
                {
                    violations.Add(new BaselineViolation(result.Rule.RuleName, subjects));
                }
                else if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine {result.Rule.RuleName}: {result.ExceptionMessage}");
                }
            }
        }

        foreach (var c in components)
        {
            Run("components", c.Id, c, context, detectors);
        }

        foreach (var pair in Pairs(facility, components, c => c.Kind == "emergency_shutdown", c => c.Kind == "dispenser"))
        {
            Run("esd-pairs", pair.A.Id + "," + pair.B.Id, pair, context);
        }

        foreach (var pair in Pairs(facility, components, c => EquipKinds.Contains(c.Kind), c => c.Kind == "protected_facility"))
        {
            Run("protected-pairs", pair.A.Id + "," + pair.B.Id, pair, context);
        }

        foreach (var pair in Pairs(facility, components, c => StorageKinds.Contains(c.Kind), c => c.Kind == "assembly_area"))
        {
            Run("people-pairs", pair.A.Id + "," + pair.B.Id, pair, context);
        }

        Run("facility", "facility", context, components.Where(c => PressureKinds.Contains(c.Kind)).ToArray());
        return violations;
    }

    private static IEnumerable<RePair> Pairs(Facility facility, List<ReComponent> components, Func<ReComponent, bool> first, Func<ReComponent, bool> second)
    {
        var right = components.Where(second).ToList();
        foreach (var a in components.Where(first))
        {
            foreach (var b in right)
            {
                var d = HandWrittenTenRules.Distance(facility, a.Source, b.Source);
                yield return new RePair { A = a, B = b, HasDistance = d is not null, Distance = d ?? 0 };
            }
        }
    }
}

/// <summary>A component flattened for RulesEngine: canonical numbers with presence flags.</summary>
public sealed class ReComponent
{
    public required Component Source { get; init; }
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public bool HasArea { get; init; }
    public string Area { get; init; } = "";
    public string Phase { get; init; } = "";
    public bool HasRelief { get; init; }
    public double Relief { get; init; }
    public bool HasNominal { get; init; }
    public double Nominal { get; init; }
    public bool HasAlarm { get; init; }
    public double Alarm { get; init; }
    public bool HasStationary { get; init; }
    public bool Stationary { get; init; }
    public bool HasPlacarded { get; init; }
    public bool Placarded { get; init; }
    public bool HasLeak { get; init; }
    public double Leak { get; init; }
    public bool HasMop { get; init; }
    public double Mop { get; init; }
    public bool HasIndoor { get; init; }
    public bool Indoor { get; init; }
    public bool HasPortable { get; init; }
    public bool Portable { get; init; }
    public bool HasWaterVolume { get; init; }
    public double WaterVolume { get; init; }
    public bool HasVentHeight { get; init; }
    public double VentHeight { get; init; }
    public bool HasPressure { get; init; }
    public double Pressure { get; init; }
    public bool HasProtectionClass { get; init; }
    public string ProtectionClass { get; init; } = "";

    public static ReComponent From(Component c)
    {
        double? N(string name) => HandWrittenTenRules.Num(c, name);
        bool? B(string name) => HandWrittenTenRules.Bool(c, name);
        return new ReComponent
        {
            Source = c,
            Id = c.Id,
            Kind = c.Kind,
            HasArea = c.Area is not null,
            Area = c.Area ?? "",
            Phase = HandWrittenTenRules.Text(c, "phase") ?? "",
            HasRelief = N("relief_set_pressure") is not null,
            Relief = N("relief_set_pressure") ?? 0,
            HasNominal = N("nominal_working_pressure") is not null,
            Nominal = N("nominal_working_pressure") ?? 0,
            HasAlarm = N("alarm_setpoint") is not null,
            Alarm = N("alarm_setpoint") ?? 0,
            HasStationary = B("stationary") is not null,
            Stationary = B("stationary") ?? false,
            HasPlacarded = B("placarded") is not null,
            Placarded = B("placarded") ?? false,
            HasLeak = N("leak_test_pressure") is not null,
            Leak = N("leak_test_pressure") ?? 0,
            HasMop = N("max_operating_pressure") is not null,
            Mop = N("max_operating_pressure") ?? 0,
            HasIndoor = B("indoor") is not null,
            Indoor = B("indoor") ?? false,
            HasPortable = B("portable") is not null,
            Portable = B("portable") ?? false,
            HasWaterVolume = N("water_volume") is not null,
            WaterVolume = N("water_volume") ?? 0,
            HasVentHeight = N("vent_height") is not null,
            VentHeight = N("vent_height") ?? 0,
            HasPressure = N("pressure") is not null,
            Pressure = N("pressure") ?? 0,
            HasProtectionClass = HandWrittenTenRules.Text(c, "protection_class") is not null,
            ProtectionClass = HandWrittenTenRules.Text(c, "protection_class") ?? "",
        };
    }
}

/// <summary>Facility-wide inputs precomputed in C# (RulesEngine has no aggregates).</summary>
public sealed class ReFacility
{
    public bool IsStation { get; init; }
    public bool NotProduction { get; init; }
    public bool HasGasSum { get; init; }
    public double GasSum { get; init; }
}

/// <summary>A candidate pair of a join rule with its precomputed distance (RulesEngine has no joins).</summary>
public sealed class RePair
{
    public required ReComponent A { get; init; }
    public required ReComponent B { get; init; }
    public bool HasDistance { get; init; }
    public double Distance { get; init; }
}
