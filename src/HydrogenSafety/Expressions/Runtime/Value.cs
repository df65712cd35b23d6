using System.Globalization;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>
/// A runtime value of the rule language. Numbers are in canonical units with a display unit; unknown
/// values carry the names of what is missing; errors carry the reason. Immutable; equality is by value
/// (NRules compares constants in conditions to share nodes).
/// </summary>
internal readonly struct Value : IEquatable<Value>
{
    private Value(RuntimeKind kind, double number, Dimension dimension, string? unit, object? reference, bool computed = false)
    {
        IsComputed = computed;
        Kind = kind;
        Number = number;
        Dimension = dimension;
        Unit = unit;
        Reference = reference;
    }

    public RuntimeKind Kind { get; }

    /// <summary>
    /// True for a number the evaluation computed (a distance from positions, an arithmetic result) rather than one
    /// written in a facility or rule: it is displayed rounded (<see cref="Display"/>). Not part of equality.
    /// </summary>
    public bool IsComputed { get; }

    /// <summary>For numbers: the canonical value; for bools: 1 or 0.</summary>
    public double Number { get; }

    public Dimension Dimension { get; }

    /// <summary>For numbers: the display unit ("" for a bare number; null for a number whose dimension adapts, like an empty sum).</summary>
    public string? Unit { get; }

    /// <summary>Text, DateOnly, Value[], ComponentFact, TableRow match, or the missing names / error message.</summary>
    public object? Reference { get; }

    public static Value True { get; } = new(RuntimeKind.Bool, 1, Dimension.Dimensionless, null, null);

    public static Value False { get; } = new(RuntimeKind.Bool, 0, Dimension.Dimensionless, null, null);

    public static Value Of(bool b) => b ? True : False;

    /// <summary>This number marked as computed (displayed rounded); other values unchanged.</summary>
    public Value AsComputed() => Kind == RuntimeKind.Number && !IsComputed ? new(Kind, Number, Dimension, Unit, Reference, computed: true) : this;

    public static Value Quantity(double canonical, Dimension dimension, string unit) => new(RuntimeKind.Number, canonical, dimension, unit, null);

    public static Value Of(Quantity q) => new(RuntimeKind.Number, q.Value, q.Dimension, q.Unit, null);

    public static Value Plain(double n) => new(RuntimeKind.Number, n, Dimension.Dimensionless, string.Empty, null);

    /// <summary>A number that takes the dimension of whatever it meets (the sum over nothing of a free-form attribute).</summary>
    public static Value Adaptive(double n) => new(RuntimeKind.Number, n, Dimension.Dimensionless, null, null);

    public static Value Text(string s) => new(RuntimeKind.Text, 0, Dimension.Dimensionless, null, s);

    public static Value Date(DateOnly d) => new(RuntimeKind.Date, d.DayNumber, Dimension.Dimensionless, null, d);

    public static Value List(Value[] items) => new(RuntimeKind.List, items.Length, Dimension.Dimensionless, null, items);

    public static Value Component(ComponentFact c) => new(RuntimeKind.Component, 0, Dimension.Dimensionless, null, c);

    public static Value Row(LookupTable table, TableRow row) => new(RuntimeKind.Row, 0, Dimension.Dimensionless, null, new RowMatch(table, row));

    public static Value Unknown(params string[] missing) => new(RuntimeKind.Unknown, 0, Dimension.Dimensionless, null, missing);

    public static Value Unknown(IEnumerable<string> missing) => new(RuntimeKind.Unknown, 0, Dimension.Dimensionless, null, missing.Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>
    /// Unknown for lacking what <paramref name="a"/> and <paramref name="b"/> lack: each item once, in first-occurrence
    /// order (as <see cref="Unknown(IEnumerable{string})"/> of the two lists one after the other), without a hash set
    /// for the short lists an operator combines.
    /// </summary>
    public static Value UnknownOf(Value a, Value b)
    {
        var x = a.Missing;
        var y = b.Missing;
        if (x.Length + y.Length > 8)
        {
            return Unknown(x.Concat(y));
        }

        if (y.Length == 0 && x.Length <= 1)
        {
            return new(RuntimeKind.Unknown, 0, Dimension.Dimensionless, null, x);
        }

        if (x.Length == 0 && y.Length <= 1)
        {
            return new(RuntimeKind.Unknown, 0, Dimension.Dimensionless, null, y);
        }

        var items = new string[x.Length + y.Length];
        var n = 0;
        foreach (var item in x.Concat(y))
        {
            if (Array.IndexOf(items, item, 0, n) < 0)
            {
                items[n++] = item;
            }
        }

        return new(RuntimeKind.Unknown, 0, Dimension.Dimensionless, null, n == items.Length ? items : items[..n]);
    }

    public static Value Fail(string message) => new(RuntimeKind.Error, 0, Dimension.Dimensionless, null, message);

    public bool IsTrue => Kind == RuntimeKind.Bool && Number != 0;

    public bool IsFalse => Kind == RuntimeKind.Bool && Number == 0;

    public bool IsUnknown => Kind == RuntimeKind.Unknown;

    public bool IsError => Kind == RuntimeKind.Error;

    /// <summary>Unknown or error: a value that cannot be used to decide.</summary>
    public bool IsUndecided => Kind is RuntimeKind.Unknown or RuntimeKind.Error;

    public bool IsAdaptive => Kind == RuntimeKind.Number && Unit is null;

    public string[] Missing => Kind == RuntimeKind.Unknown ? (string[])Reference! : [];

    public string ErrorMessage => Kind == RuntimeKind.Error ? (string)Reference! : string.Empty;

    public string AsText => (string)Reference!;

    public DateOnly AsDate => (DateOnly)Reference!;

    public Value[] AsList => (Value[])Reference!;

    public ComponentFact AsComponent => (ComponentFact)Reference!;

    public RowMatch AsRow => (RowMatch)Reference!;

    public bool Equals(Value other)
    {
        if (Kind != other.Kind || Dimension != other.Dimension || !string.Equals(Unit, other.Unit, StringComparison.Ordinal))
        {
            return false;
        }

        if (!Number.Equals(other.Number))
        {
            return false;
        }

        return Reference switch
        {
            null => other.Reference is null,
            Value[] a => other.Reference is Value[] b && a.AsSpan().SequenceEqual(b),
            string[] a => other.Reference is string[] b && a.AsSpan().SequenceEqual(b),
            _ => Reference.Equals(other.Reference),
        };
    }

    public override bool Equals(object? obj) => obj is Value v && Equals(v);

    public override int GetHashCode() => HashCode.Combine(Kind, Number, Dimension, Unit);

    public static bool operator ==(Value left, Value right) => left.Equals(right);

    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    /// <summary>The value as a report prints it.</summary>
    public override string ToString() => Kind switch
    {
        RuntimeKind.Bool => IsTrue ? "true" : "false",
        RuntimeKind.Number => FormatNumber(),
        RuntimeKind.Text => AsText,
        RuntimeKind.Date => AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RuntimeKind.List => "[" + string.Join(", ", AsList.Select(v => v.ToString())) + "]",
        RuntimeKind.Component => AsComponent.Id,
        RuntimeKind.Row => AsRow.Row.Describe(),
        RuntimeKind.Error => "error",
        _ => "unknown",
    };

    /// <summary>
    /// The text a finding shows: like <see cref="ToString"/>, but numbers with grouped thousands and computed
    /// numbers rounded to what the inputs justify (see <see cref="DisplayNumber"/>).
    /// </summary>
    public string Display() => Kind switch
    {
        RuntimeKind.Number when Unit is null || Dimension == Dimension.Dimensionless => DisplayNumber.Format(Number, IsComputed),
        RuntimeKind.Number => new Quantity(Number, Dimension, Unit).Display(IsComputed),
        RuntimeKind.List => "[" + string.Join(", ", AsList.Select(v => v.Display())) + "]",
        RuntimeKind.Row => AsRow.Row.Describe(),
        _ => ToString(),
    };

    /// <summary>
    /// The display text in canonical units (see <see cref="Display"/>). A value converted from another unit is a
    /// computed value and prints with the same engineering precision as every other computed value (three significant
    /// figures, never fewer than its integer digits: <c>3,000 psi</c> is <c>20.7 MPa</c>, <c>50 ft</c> is
    /// <c>15.2 m</c>), whether the conversion is exact or not (<c>-40 degF</c> is <c>233 K</c>): the value as written is
    /// always printed beside it in full, and comparisons and the JSON <c>required</c>/<c>actual</c> use full
    /// precision. A value already in the canonical unit prints as <see cref="Display"/> does.
    /// </summary>
    public string DisplayCanonical()
    {
        if (Kind != RuntimeKind.Number || Unit is null || Dimension == Dimension.Dimensionless)
        {
            return Display();
        }

        var canonical = UnitCatalog.Canonical(Dimension).Symbol;
        return string.Equals(Unit, canonical, StringComparison.Ordinal) ? Display() : new Quantity(Number, Dimension, canonical).Display(computed: true);
    }

    public string ToCanonicalString() =>
        Kind == RuntimeKind.Number && Unit is not null && Dimension != Dimension.Dimensionless
            ? new Quantity(Number, Dimension, UnitCatalog.Canonical(Dimension).Symbol).ToString()
            : ToString();

    private string FormatNumber()
    {
        if (Unit is null || Dimension == Dimension.Dimensionless)
        {
            return new Quantity(Number, Dimension.Dimensionless, string.Empty).ToString();
        }

        return new Quantity(Number, Dimension, Unit).ToString();
    }
}

/// <summary>A table row found by a lookup.</summary>
internal sealed record RowMatch(LookupTable Table, TableRow Row);
