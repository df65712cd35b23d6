using UnitsNet;
using UnitsNet.Units;
using H2 = HydrogenSafety.Units.HydrogenReference;

namespace HydrogenSafety.Units;

/// <summary>
/// The units of the catalogue. Standard factors come from UnitsNet; the hydrogen-specific parts
/// (gauge versus absolute pressure, gas volumes of hydrogen as masses, %LFL and ppm) are ours.
/// </summary>
internal static class UnitDefinitions
{
    /// <summary>The canonical unit symbol of each dimension (for concentration: the unit canonical values display in).</summary>
    public static IReadOnlyDictionary<Dimension, string> CanonicalSymbols { get; } = new Dictionary<Dimension, string>
    {
        [Dimension.Dimensionless] = "",
        [Dimension.Pressure] = "MPa",
        [Dimension.Length] = "m",
        [Dimension.Area] = "m2",
        [Dimension.Mass] = "kg",
        [Dimension.Volume] = "m3",
        [Dimension.Temperature] = "K",
        [Dimension.Time] = "s",
        [Dimension.MassFlow] = "kg/s",
        [Dimension.Concentration] = "%",
        [Dimension.HeatFlux] = "kW/m2",
    };

    /// <summary>Every unit, in catalogue order (grouped by dimension).</summary>
    public static IReadOnlyList<Unit> Create() =>
    [
        Unit.Linear("", Dimension.Dimensionless, "bare number", 1),

        // Pressure: canonical MPa gauge. Plain units are gauge; absolute units subtract 1 atm (101.325 kPa).
        Pressure("Pa", "pascal, gauge", PressureUnit.Pascal),
        Pressure("kPa", "kilopascal, gauge", PressureUnit.Kilopascal),
        Pressure("MPa", "megapascal, gauge", PressureUnit.Megapascal),
        Pressure("bar", "bar, gauge", PressureUnit.Bar),
        Pressure("psi", "pound-force per square inch, gauge", PressureUnit.PoundForcePerSquareInch),
        Pressure("barg", "bar, gauge", PressureUnit.Bar),
        Pressure("psig", "pound-force per square inch, gauge", PressureUnit.PoundForcePerSquareInch),
        AbsolutePressure("bara", "bar, absolute", PressureUnit.Bar),
        AbsolutePressure("psia", "pound-force per square inch, absolute", PressureUnit.PoundForcePerSquareInch),

        Standard("mm", Dimension.Length, "millimetre", LengthUnit.Millimeter, LengthUnit.Meter),
        Standard("cm", Dimension.Length, "centimetre", LengthUnit.Centimeter, LengthUnit.Meter),
        Standard("m", Dimension.Length, "metre", LengthUnit.Meter, LengthUnit.Meter),
        Standard("km", Dimension.Length, "kilometre", LengthUnit.Kilometer, LengthUnit.Meter),
        Standard("in", Dimension.Length, "inch", LengthUnit.Inch, LengthUnit.Meter),
        Standard("ft", Dimension.Length, "foot", LengthUnit.Foot, LengthUnit.Meter),

        Standard("mm2", Dimension.Area, "square millimetre", AreaUnit.SquareMillimeter, AreaUnit.SquareMeter, "mm²", "mm^2"),
        Standard("cm2", Dimension.Area, "square centimetre", AreaUnit.SquareCentimeter, AreaUnit.SquareMeter, "cm²", "cm^2"),
        Standard("m2", Dimension.Area, "square metre", AreaUnit.SquareMeter, AreaUnit.SquareMeter, "m²", "m^2"),
        Standard("in2", Dimension.Area, "square inch", AreaUnit.SquareInch, AreaUnit.SquareMeter, "in²", "in^2"),
        Standard("ft2", Dimension.Area, "square foot", AreaUnit.SquareFoot, AreaUnit.SquareMeter, "ft²", "ft^2"),

        Standard("g", Dimension.Mass, "gram", MassUnit.Gram, MassUnit.Kilogram),
        Standard("kg", Dimension.Mass, "kilogram", MassUnit.Kilogram, MassUnit.Kilogram),
        Standard("t", Dimension.Mass, "tonne", MassUnit.Tonne, MassUnit.Kilogram),
        Standard("lb", Dimension.Mass, "pound (avoirdupois)", MassUnit.Pound, MassUnit.Kilogram),
        // Nm3: normal cubic metre of hydrogen gas at 0 °C and 101.325 kPa absolute, density 0.08988 kg/m3.
        Unit.Linear("Nm3", Dimension.Mass, "normal cubic metre of hydrogen (0 °C, 101.325 kPa; 0.08988 kg/m3)", H2.NormalDensityKgPerM3, "Nm³", "Nm^3"),
        // scf: standard cubic foot of hydrogen gas at 70 °F (21.1 °C) and 14.7 psia, density 0.08350 kg/m3
        // (the NTP of 29 CFR 1910.103 and NFPA 2): 0.08350 kg/m3 × 0.028316846592 m3 = 0.0023645 kg.
        Unit.Linear("scf", Dimension.Mass, "standard cubic foot of hydrogen (70 °F, 14.7 psia; 0.08350 kg/m3)", H2.StandardCubicFootKg),

        Standard("L", Dimension.Volume, "litre", VolumeUnit.Liter, VolumeUnit.CubicMeter),
        Standard("m3", Dimension.Volume, "cubic metre", VolumeUnit.CubicMeter, VolumeUnit.CubicMeter, "m³", "m^3"),
        Standard("gal", Dimension.Volume, "US gallon", VolumeUnit.UsGallon, VolumeUnit.CubicMeter),
        Standard("ft3", Dimension.Volume, "cubic foot", VolumeUnit.CubicFoot, VolumeUnit.CubicMeter, "ft³", "ft^3"),

        Temperature("degC", "degree Celsius", TemperatureUnit.DegreeCelsius, "°C"),
        Temperature("K", "kelvin", TemperatureUnit.Kelvin),
        Temperature("degF", "degree Fahrenheit", TemperatureUnit.DegreeFahrenheit, "°F"),

        Standard("s", Dimension.Time, "second", DurationUnit.Second, DurationUnit.Second),
        Standard("min", Dimension.Time, "minute", DurationUnit.Minute, DurationUnit.Second),
        Standard("h", Dimension.Time, "hour", DurationUnit.Hour, DurationUnit.Second),

        Standard("kg/s", Dimension.MassFlow, "kilogram per second", MassFlowUnit.KilogramPerSecond, MassFlowUnit.KilogramPerSecond),
        Standard("kg/min", Dimension.MassFlow, "kilogram per minute", MassFlowUnit.KilogramPerMinute, MassFlowUnit.KilogramPerSecond),
        Standard("kg/h", Dimension.MassFlow, "kilogram per hour", MassFlowUnit.KilogramPerHour, MassFlowUnit.KilogramPerSecond),
        Standard("g/s", Dimension.MassFlow, "gram per second", MassFlowUnit.GramPerSecond, MassFlowUnit.KilogramPerSecond),

        // Concentration in air: canonical is the volume fraction (1 = 100 % vol).
        Unit.Linear("%", Dimension.Concentration, "percent by volume", 0.01),
        Unit.Linear("ppm", Dimension.Concentration, "parts per million by volume", 1e-6),
        // %LFL: percent of hydrogen's 4 % vol lower flammability limit; 25 %LFL = 1 % vol = 0.01.
        Unit.Linear("%LFL", Dimension.Concentration, "percent of hydrogen's lower flammability limit (4 % vol)", H2.LowerFlammabilityLimit / 100),

        Standard("kW/m2", Dimension.HeatFlux, "kilowatt per square metre", HeatFluxUnit.KilowattPerSquareMeter, HeatFluxUnit.KilowattPerSquareMeter, "kW/m²", "kW/m^2"),
        Standard("W/m2", Dimension.HeatFlux, "watt per square metre", HeatFluxUnit.WattPerSquareMeter, HeatFluxUnit.KilowattPerSquareMeter, "W/m²", "W/m^2"),
    ];

    private static Unit Standard(string symbol, Dimension dimension, string description, Enum unit, Enum canonical, params string[] alternativeSpellings) =>
        Unit.Linear(symbol, dimension, description, Factor(unit, canonical), alternativeSpellings);

    private static Unit Pressure(string symbol, string description, PressureUnit unit) =>
        Unit.Linear(symbol, Dimension.Pressure, description, Factor(unit, PressureUnit.Megapascal));

    private static Unit AbsolutePressure(string symbol, string description, PressureUnit unit) =>
        Unit.Affine(symbol, Dimension.Pressure, description, Factor(unit, PressureUnit.Megapascal), -H2.StandardAtmosphereMPa);

    private static Unit Temperature(string symbol, string description, TemperatureUnit unit, params string[] alternativeSpellings) =>
        new(
            symbol,
            Dimension.Temperature,
            description,
            value => UnitsNet.Temperature.From(value, unit).As(TemperatureUnit.Kelvin),
            kelvin => UnitsNet.Temperature.From(kelvin, TemperatureUnit.Kelvin).As(unit),
            alternativeSpellings);

    /// <summary>How many <paramref name="to"/> units one <paramref name="from"/> unit is, from UnitsNet.</summary>
    private static double Factor(Enum from, Enum to) => UnitConverter.Convert(1.0, from, to);
}
