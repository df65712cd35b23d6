using HydrogenSafety.Diagnostics;
using HydrogenSafety.Expressions.Syntax;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

internal sealed partial class Binder
{
    private BoundExpr BindCall(CallSyntax c)
    {
        if (_scope.Tables.TryGetValue(c.Name, out var table))
        {
            return BindTable(c, table);
        }

        if (_scope.Unreadable.Tables.Contains(c.Name))
        {
            // The table's own error is reported where it is declared; its arguments are still checked.
            foreach (var argument in c.Arguments)
            {
                BindNode(argument);
            }

            return Invalid(c.Start, c.End);
        }

        if (c.Member is not null)
        {
            Error(DiagnosticCodes.UnknownColumn, c.Member.Start, $"only a table call can be followed by '.{c.Member.Name}'");
        }

        switch (c.Name)
        {
            case "defined":
                return BindDefined(c);
            case "distance":
            {
                if (!Arity(c, 2))
                {
                    return Invalid(c.Start, c.End);
                }

                var a = BindNode(c.Arguments[0]);
                var b = BindNode(c.Arguments[1]);
                foreach (var arg in new[] { a, b })
                {
                    if (arg.Type.Kind != TypeKind.Component)
                    {
                        Error(DiagnosticCodes.WrongArguments, arg.Start, $"distance needs two components (subjects or 'it'), but this is {arg.Type}");
                    }
                }

                return new BoundDistance(a, b, c.Start, c.End);
            }

            case "abs":
            {
                if (!Arity(c, 1))
                {
                    return Invalid(c.Start, c.End);
                }

                var x = BindNode(c.Arguments[0]);
                RequireNumber(x, "abs");
                CheckTemperatureSign(x, c.NameStart, "abs");
                return new BoundMath("abs", [x], x.Type.IsAny ? ExprType.Number(null) : x.Type, c.Start, c.End);
            }

            case "min":
            case "max":
            {
                if (!Arity(c, 2))
                {
                    return Invalid(c.Start, c.End);
                }

                var x = BindNode(c.Arguments[0]);
                var y = BindNode(c.Arguments[1]);
                RequireNumber(x, c.Name);
                RequireNumber(y, c.Name);
                CheckSameDimension(x, y, c.NameStart, c.Name);
                return new BoundMath(c.Name, [x, y], KnownOf(x.Type, y.Type), c.Start, c.End);
            }

            case "jet_flame_distance":
                return BindHazard(c, Dimension.HeatFlux, "a heat flux, e.g. 4.732 kW/m2");
            case "flammable_extent":
                return BindHazard(c, Dimension.Concentration, "a concentration, e.g. 4 %");

            default:
                Error(DiagnosticCodes.UnknownFunction, c.NameStart, $"unknown function '{c.Name}'" + NameSuggestions.Hint(c.Name, s_builtIns.Concat(_scope.Tables.Keys)));
                foreach (var arg in c.Arguments)
                {
                    BindNode(arg);
                }

                return Invalid(c.Start, c.End);
        }
    }

    /// <summary>A consequence distance: (component, level of <paramref name="level"/>[, plain leak fraction]).</summary>
    private BoundExpr BindHazard(CallSyntax c, Dimension level, string example)
    {
        if (c.Arguments.Count is not (2 or 3))
        {
            Error(DiagnosticCodes.WrongHazardArguments, c.NameStart, $"{c.Name} takes a component, {example}, and optionally a leak fraction of the pipe flow area (e.g. 0.03); not {c.Arguments.Count} argument(s)");
            foreach (var arg in c.Arguments)
            {
                BindNode(arg);
            }

            return Invalid(c.Start, c.End);
        }

        var target = BindNode(c.Arguments[0]);
        if (target.Type.Kind != TypeKind.Component)
        {
            Error(DiagnosticCodes.WrongHazardArguments, target.Start, $"{c.Name} needs a component (a subject or 'it') first, but this is {target.Type}");
        }

        var threshold = BindNode(c.Arguments[1]);
        if (threshold.Type.Kind is not (TypeKind.Number or TypeKind.Any) || (threshold.Type.Dimension is { } d && d != level))
        {
            Error(DiagnosticCodes.WrongHazardArguments, threshold.Start, $"{c.Name} needs {example} second, but this is {threshold.Type}");
        }

        BoundExpr? fraction = null;
        if (c.Arguments.Count == 3)
        {
            fraction = BindNode(c.Arguments[2]);
            if (fraction.Type.Kind is not (TypeKind.Number or TypeKind.Any) || (fraction.Type.Dimension is { } f && f != Dimension.Dimensionless))
            {
                Error(DiagnosticCodes.WrongHazardArguments, fraction.Start, $"{c.Name}'s leak fraction is a plain number between 0 and 1 (e.g. 0.03), but this is {fraction.Type}");
            }
        }

        return target.Type.Kind == TypeKind.Component ? new BoundHazard(c.Name, target, threshold, fraction, c.Start, c.End) : Invalid(c.Start, c.End);
    }

    private BoundExpr BindDefined(CallSyntax c)
    {
        if (!Arity(c, 1))
        {
            return Invalid(c.Start, c.End);
        }

        var bound = c.Arguments[0] is PathSyntax ? BindNode(c.Arguments[0]) : null;
        switch (bound)
        {
            case BoundAttribute a:
                return new BoundDefined(a.Target, a.Name, c.Start, c.End) { Text = Slice(c.Start, c.End) };
            case BoundFacilityAttribute f:
                return new BoundDefined(null, f.Name, c.Start, c.End) { Text = Slice(c.Start, c.End) };
            default:
                Error(DiagnosticCodes.WrongArguments, c.Arguments[0].Start, "defined needs an attribute, e.g. defined(vessel.pressure) or defined(facility.staffed)");
                return Invalid(c.Start, c.End);
        }
    }

    private BoundExpr BindTable(CallSyntax c, LookupTable table)
    {
        if (!Arity(c, 1))
        {
            return Invalid(c.Start, c.End);
        }

        var key = BindNode(c.Arguments[0]);
        if (key.Type.Kind is not (TypeKind.Number or TypeKind.Any) || (key.Type.Dimension is { } d && d != table.KeyDimension))
        {
            Error(DiagnosticCodes.DimensionMismatch, key.Start, $"table {table.Name} is looked up by {ExprType.DimensionName(table.KeyDimension)}, but this is {key.Type}");
        }

        var columns = table.Rows.SelectMany(r => r.Columns.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (c.Member is null)
        {
            Error(DiagnosticCodes.UnknownColumn, c.End, $"say which column of table {table.Name} to read, e.g. {table.Name}(…).{columns.FirstOrDefault() ?? "column"}");
            return Invalid(c.Start, c.End);
        }

        if (!columns.Contains(c.Member.Name, StringComparer.Ordinal))
        {
            Error(DiagnosticCodes.UnknownColumn, c.Member.Start, $"table {table.Name} has no column '{c.Member.Name}'" + NameSuggestions.Hint(c.Member.Name, columns));
            return Invalid(c.Start, c.End);
        }

        var sample = table.Rows.Select(r => r.Columns.GetValueOrDefault(c.Member.Name)).First(v => v is not null)!;
        return new BoundTableColumn(table, key, c.Member.Name, ExprType.From(sample), Slice(c.Start, c.End), c.Start, c.End);
    }

    private BoundExpr BindAggregate(AggregateSyntax a)
    {
        foreach (var k in a.Kinds)
        {
            if (k.Name != SubjectDeclaration.AnyKind && !Vocabulary.Kinds.ContainsKey(k.Name))
            {
                Warning(DiagnosticCodes.UnknownKind, k.Start, $"'{k.Name}' is not a kind in the vocabulary" + NameSuggestions.Hint(k.Name, Vocabulary.Kinds.Keys));
            }
        }

        var slot = _scope.SlotFor(a.Kinds.Select(k => k.Name).ToList());
        _itLevel++;
        BoundExpr? where = null;
        if (a.Where is not null)
        {
            where = BindNode(a.Where);
            RequireBool(where, "where");
        }

        _itLevel--;
        ExprType type;
        switch (a.Function)
        {
            case "exists":
                type = ExprType.Bool;
                break;
            case "count":
                type = ExprType.Number(Dimension.Dimensionless);
                break;
            default:
                var attributeType = AttributeTypeOf(a.Attribute!.Name);
                if (attributeType.Kind is not (TypeKind.Number or TypeKind.Any))
                {
                    Error(DiagnosticCodes.TypeMismatch, a.Attribute.Start, $"{a.Function} needs a numeric attribute, but '{a.Attribute.Name}' is {attributeType}");
                }
                else if (a.Function == "sum" && IsTemperature(attributeType))
                {
                    Error(DiagnosticCodes.DimensionMismatch, a.Attribute.Start, $"cannot sum temperatures: {TemperatureHint}; use max or min");
                }

                type = attributeType.IsAny ? ExprType.Number(null) : attributeType;
                break;
        }

        return new BoundAggregate(a.Function, slot, a.Attribute?.Name, where, type, a.Start, a.End)
        {
            Text = Slice(a.Start, a.End),
            WhereText = a.Where is null ? null : Slice(a.Where.Start, a.Where.End),
        };
    }

    private bool Arity(CallSyntax c, int expected)
    {
        if (c.Arguments.Count == expected)
        {
            return true;
        }

        Error(DiagnosticCodes.WrongArguments, c.NameStart, $"{c.Name} takes {expected} argument{(expected == 1 ? string.Empty : "s")}, not {c.Arguments.Count}");
        return false;
    }

    private void RequireNumber(BoundExpr e, string what)
    {
        if (e.Type.Kind is not (TypeKind.Number or TypeKind.Any))
        {
            Error(DiagnosticCodes.TypeMismatch, e.Start, $"{what} needs a number, but this is {e.Type}");
        }
    }
}
