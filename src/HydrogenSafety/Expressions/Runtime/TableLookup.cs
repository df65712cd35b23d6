using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Runtime;

/// <summary>Looks a value up in a banded table and reads one column of the row found.</summary>
internal static class TableLookup
{
    public static Value Column(LookupTable table, Value key, string column, EvidenceRecorder? recorder, string text)
    {
        if (key.IsUndecided)
        {
            return key;
        }

        if (key.Kind != RuntimeKind.Number || (key.Dimension != table.KeyDimension && !key.IsAdaptive))
        {
            return Value.Fail($"table {table.Name} is looked up by {DimensionNames.Of(table.KeyDimension)}, not {Logic.Describe(key)}");
        }

        var row = table.Find(key.Number);
        if (row is null)
        {
            return Value.Unknown($"{table.Name}({key}): no row holds this value");
        }

        var value = row.Columns.TryGetValue(column, out var cell)
            ? ValueConversion.From(cell)
            : Value.Unknown($"{table.Name}({key}).{column}");
        recorder?.TableRow(text, new RowMatch(table, row), column, value);
        return value;
    }
}
