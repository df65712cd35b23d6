using HydrogenSafety.Facilities;
using HydrogenSafety.Units;

namespace HydrogenSafety.Benchmarks.Baselines;

/// <summary>One violation found by a baseline: the rule and the bound component ids.</summary>
public readonly record struct BaselineViolation(string RuleId, string Subjects);

/// <summary>
/// The limit: the ten rules of <see cref="Workloads.TenRules"/> written directly in C# over the same
/// <see cref="Facility"/> objects, with the engine's three-valued reading (a missing value never
/// gives a violation; <c>false and unknown</c> is false, <c>true or unknown</c> is true) and its
/// tolerant comparisons (<see cref="QuantityMath.Compare"/>). Components are grouped by kind once
/// (a hash index), joins loop over the two kind groups only, and the facility-wide <c>sum</c> is
/// computed once. It produces only the violations (rule id and subjects), no report.
/// </summary>
public static class HandWrittenTenRules
{
    private static readonly double Lfl25 = Quantity.From(25, "%LFL").Value;
    private static readonly double Ft25 = Quantity.From(25, "ft").Value;
    private static readonly double Ft75 = Quantity.From(75, "ft").Value;
    private static readonly double Mpa82 = Quantity.From(82, "MPa").Value;
    private static readonly double Scf400 = Quantity.From(400, "scf").Value;
    private static readonly double L150 = Quantity.From(150, "L").Value;

    /// <summary>Table ten_separation, column assembly_area: (over, upto] bands in kg, value in m.</summary>
    private static readonly (double Over, double Upto, double AssemblyArea)[] Separation =
    [
        (Quantity.From(0, "scf").Value, Quantity.From(2999.9, "scf").Value, Quantity.From(25, "ft").Value),
        (Quantity.From(2999.9, "scf").Value, Quantity.From(15000, "scf").Value, Quantity.From(50, "ft").Value),
        (Quantity.From(15000, "scf").Value, double.PositiveInfinity, Quantity.From(50, "ft").Value),
    ];

    private static readonly string[] StorageKinds = ["storage_vessel", "cylinder_bundle", "tube_trailer"];
    private static readonly string[] EquipKinds = ["storage_vessel", "cylinder_bundle", "compressor"];
    private static readonly string[] PressureKinds = ["storage_vessel", "cylinder_bundle", "tube_trailer", "compressor", "dispenser", "pipeline"];

    public static List<BaselineViolation> Evaluate(Facility facility)
    {
        var byKind = new Dictionary<string, List<Component>>(StringComparer.Ordinal);
        foreach (var c in facility.Components)
        {
            if (!byKind.TryGetValue(c.Kind, out var list))
            {
                byKind[c.Kind] = list = [];
            }

            list.Add(c);
        }

        List<Component> Of(string kind) => byKind.TryGetValue(kind, out var l) ? l : [];
        IEnumerable<Component> OfAny(string[] kinds) => kinds.SelectMany(Of);

        var v = new List<BaselineViolation>();
        var type = facility.Type;
        var isStation = type is null ? (bool?)null : type == "fueling_station";
        var notProduction = type is null ? (bool?)null : type != "production_plant";

        // R1, R2, R8: single-subject thresholds.
        foreach (var d in Of("dispenser"))
        {
            if (Num(d, "relief_set_pressure") is { } relief && Num(d, "nominal_working_pressure") is { } nominal && QuantityMath.Compare(relief, 1.4 * nominal) > 0)
            {
                v.Add(new("TEN-01-DISPENSER-OVERPRESSURE", d.Id));
            }
        }

        var detectors = Of("gas_detector");
        foreach (var g in detectors)
        {
            if (Num(g, "alarm_setpoint") is { } sp && QuantityMath.Compare(sp, Lfl25) > 0)
            {
                v.Add(new("TEN-02-GASDET-SETPOINT", g.Id));
            }
        }

        foreach (var p in Of("pipeline"))
        {
            if (Num(p, "leak_test_pressure") is { } leak && Num(p, "max_operating_pressure") is { } mop && QuantityMath.Compare(leak, mop) < 0)
            {
                v.Add(new("TEN-08-LEAK-TEST", p.Id));
            }
        }

        // R3: correlated exists; a violation only when every detector is definitely not a match.
        foreach (var fc in Of("fuel_cell"))
        {
            if (Bool(fc, "stationary") != true)
            {
                continue;
            }

            var exists = (bool?)false;
            foreach (var g in detectors)
            {
                bool? sameArea = g.Area is null || fc.Area is null ? null : string.Equals(g.Area, fc.Area, StringComparison.Ordinal);
                bool? low = Num(g, "alarm_setpoint") is { } sp ? QuantityMath.Compare(sp, Lfl25) <= 0 : null;
                exists = Or(exists, And(sameArea, low));
                if (exists == true)
                {
                    break;
                }
            }

            if (exists == false)
            {
                v.Add(new("TEN-03-FUELCELL-GASDET", fc.Id));
            }
        }

        // R4: join with a distance range.
        if (isStation == true)
        {
            foreach (var esd in Of("emergency_shutdown"))
            {
                foreach (var d in Of("dispenser"))
                {
                    if (Distance(facility, esd, d) is { } m && (QuantityMath.Compare(m, Ft25) < 0 || QuantityMath.Compare(m, Ft75) > 0))
                    {
                        v.Add(new("TEN-04-ESD-DISTANCE", esd.Id + "," + d.Id));
                    }
                }
            }
        }

        // R5: join with a three-valued 'or'.
        foreach (var equip in OfAny(EquipKinds))
        {
            foreach (var pf in Of("protected_facility"))
            {
                if (Distance(facility, equip, pf) is not { } m || QuantityMath.Compare(m, 17) >= 0)
                {
                    continue;
                }

                var cls = Text(pf, "protection_class");
                if ((cls is not null && cls != "class2") || QuantityMath.Compare(m, 12) < 0)
                {
                    v.Add(new("TEN-05-PROTECTED-FACILITY-DIST", equip.Id + "," + pf.Id));
                }
            }
        }

        // R6, R7: the facility-wide gaseous inventory, computed once.
        var gasSum = GaseousInventory(OfAny(StorageKinds));
        var scope = And(notProduction, gasSum is { } s ? QuantityMath.Compare(s, Scf400) >= 0 : null);
        if (scope == true)
        {
            var required = Separation.First(b => QuantityMath.Compare(gasSum!.Value, b.Over) > 0 && QuantityMath.Compare(gasSum.Value, b.Upto) <= 0).AssemblyArea;
            foreach (var system in OfAny(StorageKinds))
            {
                if (Text(system, "phase") != "gas")
                {
                    continue;
                }

                foreach (var people in Of("assembly_area"))
                {
                    if (Distance(facility, system, people) is { } m && QuantityMath.Compare(m, required) < 0)
                    {
                        v.Add(new("TEN-06-GH2-SEP-PEOPLE", system.Id + "," + people.Id));
                    }
                }

                if (Bool(system, "placarded") == false)
                {
                    v.Add(new("TEN-07-GH2-PLACARD", system.Id));
                }
            }
        }

        // R9: facility-level 'not exists': violated when some component definitely exceeds 82 MPa.
        if (isStation == true && OfAny(PressureKinds).Any(c => Num(c, "pressure") is { } p && QuantityMath.Compare(p, Mpa82) > 0))
        {
            v.Add(new("TEN-09-STATION-MAX-PRESSURE", "facility"));
        }

        // R10: single subject with a compound 'when'.
        foreach (var tank in Of("liquid_tank"))
        {
            bool? portable = Bool(tank, "portable");
            bool? small = Num(tank, "water_volume") is { } wv ? QuantityMath.Compare(wv, L150) < 0 : null;
            var when = And(And(Bool(tank, "indoor"), notProduction), Not(And(portable, small)));
            if (when == true && Num(tank, "vent_height") is { } vh && QuantityMath.Compare(vh, Ft25) < 0)
            {
                v.Add(new("TEN-10-LH2-VENT-HEIGHT", tank.Id));
            }
        }

        return v;
    }

    /// <summary>sum(inventory of storage kinds where phase == 'gas'): unknown when any phase, or a gaseous inventory, is missing.</summary>
    public static double? GaseousInventory(IEnumerable<Component> storage)
    {
        var total = 0.0;
        foreach (var c in storage)
        {
            var phase = Text(c, "phase");
            if (phase is null)
            {
                return null;
            }

            if (phase != "gas")
            {
                continue;
            }

            if (Num(c, "inventory") is not { } kg)
            {
                return null;
            }

            total += kg;
        }

        return total;
    }

    /// <summary>A measured distance wins, else the straight line between positions (rounded as the engine does), else unknown.</summary>
    public static double? Distance(Facility f, Component a, Component b)
    {
        foreach (var d in f.Distances)
        {
            if ((d.First == a.Id && d.Second == b.Id) || (d.First == b.Id && d.Second == a.Id))
            {
                return d.Distance.Value;
            }
        }

        return a.Position is { } pa && b.Position is { } pb ? Math.Round(pa.DistanceTo(pb), 9) : null;
    }

    public static double? Num(Component c, string name) =>
        c.Attributes.TryGetValue(name, out var a) && a.Kind == ValueKind.Quantity ? a.Quantity.Value : null;

    public static bool? Bool(Component c, string name) =>
        c.Attributes.TryGetValue(name, out var a) && a.Kind == ValueKind.Bool ? a.Boolean : null;

    public static string? Text(Component c, string name) =>
        c.Attributes.TryGetValue(name, out var a) && a.Kind == ValueKind.Text ? a.Text : null;

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    private static bool? Not(bool? a) => a is null ? null : !a.Value;
}
