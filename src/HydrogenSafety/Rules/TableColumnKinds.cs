using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Facilities;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>
/// Checks, cell by cell, that every row of one table gives a column the same type of value as the first row that
/// gives it: the same dimension for quantities, and never a bare number in one row and a quantity in another.
/// A lookup's column has one type for the binder, so a mixed column would otherwise only fail at run time (SPEC §2).
/// </summary>
internal sealed class TableColumnKinds
{
    private readonly Dictionary<string, (ExprType Type, SourceSpan Cell)> _first = new(StringComparer.Ordinal);

    /// <summary>Records the first type of <paramref name="column"/>, or reports H2S0309 at <paramref name="cell"/> when <paramref name="value"/> differs.</summary>
    public void Check(string column, AttributeValue value, SourceSpan cell, YamlReadContext context)
    {
        var type = ExprType.From(value);
        if (!_first.TryGetValue(column, out var first))
        {
            _first.Add(column, (type, cell));
            return;
        }

        if (!Equals(type, first.Type))
        {
            context.Error(DiagnosticCodes.InconsistentTableColumn, cell,
                $"column `{column}` is {type} here but {first.Type} in the first row that gives it (line {first.Cell.Line}, column {first.Cell.Column}): every row must give a column the same kind of value");
        }
    }
}
