using System.Globalization;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Units;

namespace HydrogenSafety.Facilities;

/// <summary>A value given in a facility, rule parameter or table: a quantity, yes/no, text, date or list.</summary>
public sealed class AttributeValue
{
    private AttributeValue(ValueKind kind, Quantity quantity, bool boolean, string? text, DateOnly date, IReadOnlyList<AttributeValue>? items, SourceSpan? span)
    {
        Kind = kind;
        Quantity = quantity;
        Boolean = boolean;
        Text = text;
        Date = date;
        Items = items ?? [];
        Span = span;
    }

    /// <summary>Which of the value properties holds the value.</summary>
    public ValueKind Kind { get; }

    /// <summary>The quantity, when <see cref="Kind"/> is <see cref="ValueKind.Quantity"/>.</summary>
    public Quantity Quantity { get; }

    /// <summary>The yes/no value, when <see cref="Kind"/> is <see cref="ValueKind.Bool"/>.</summary>
    public bool Boolean { get; }

    /// <summary>The text, when <see cref="Kind"/> is <see cref="ValueKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>The date, when <see cref="Kind"/> is <see cref="ValueKind.Date"/>.</summary>
    public DateOnly Date { get; }

    /// <summary>The items, when <see cref="Kind"/> is <see cref="ValueKind.List"/>.</summary>
    public IReadOnlyList<AttributeValue> Items { get; }

    /// <summary>Where the value was written, when it came from a file.</summary>
    public SourceSpan? Span { get; }

    /// <summary>A quantity value.</summary>
    public static AttributeValue Of(Quantity quantity, SourceSpan? span = null) => new(ValueKind.Quantity, quantity, false, null, default, null, span);

    /// <summary>A yes/no value.</summary>
    public static AttributeValue Of(bool value, SourceSpan? span = null) => new(ValueKind.Bool, default, value, null, default, null, span);

    /// <summary>A text value.</summary>
    public static AttributeValue Of(string value, SourceSpan? span = null) => new(ValueKind.Text, default, false, value, default, null, span);

    /// <summary>A date value.</summary>
    public static AttributeValue Of(DateOnly value, SourceSpan? span = null) => new(ValueKind.Date, default, false, null, value, null, span);

    /// <summary>A list value.</summary>
    public static AttributeValue Of(IReadOnlyList<AttributeValue> items, SourceSpan? span = null) => new(ValueKind.List, default, false, null, default, items, span);

    /// <summary>Invariant text of the value, as a report prints it.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Quantity => Quantity.ToString(),
        ValueKind.Bool => Boolean ? "true" : "false",
        ValueKind.Text => Text ?? string.Empty,
        ValueKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]",
    };
}
