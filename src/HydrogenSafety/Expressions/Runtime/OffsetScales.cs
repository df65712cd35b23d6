using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// Units whose zero is not the quantity's zero: degC and degF (temperature) and bara and psia (absolute
/// pressure, stored as gauge). Arithmetic results must not be printed in, or computed on, such a scale
/// as if it were linear; these helpers say which values are affected and how to print results.
/// </summary>
internal static class OffsetScales
{
    /// <summary>The kelvin symbol: the one temperature unit without an offset.</summary>
    public const string Kelvin = "K";

    /// <summary>True for a known number that is a temperature.</summary>
    public static bool IsTemperature(Value v) => v.Kind == RuntimeKind.Number && !v.IsAdaptive && v.Dimension == Dimension.Temperature;

    /// <summary>
    /// The unit to print an arithmetic result in: an absolute pressure unit becomes its gauge twin
    /// (<c>bara</c> → <c>bar</c>, <c>psia</c> → <c>psi</c>), because a sum, difference or multiple of pressures
    /// is computed on gauge values and reads correctly only as gauge. Other units are kept.
    /// </summary>
    public static string? ResultUnit(string? unit) => unit switch
    {
        "bara" => "bar",
        "psia" => "psi",
        _ => unit,
    };
}
