using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Rules;
using HydrogenSafety.Units;

namespace HydrogenSafety.Expressions.Binding;

/// <summary>A checked expression: names resolved, types and dimensions known. Offsets are into the source text.</summary>
internal abstract record BoundExpr(ExprType Type, int Start, int End);

internal sealed record BoundConstant(Value Value, ExprType ConstantType, int Start, int End) : BoundExpr(ConstantType, Start, End);

/// <summary>A rule subject (by index in declaration order).</summary>
internal sealed record BoundSubject(int Index, string Name, int Start, int End) : BoundExpr(ExprType.Component, Start, End);

/// <summary>The component an aggregate is looking at; <paramref name="Level"/> counts enclosing aggregates from the outside.</summary>
internal sealed record BoundIt(int Level, int Start, int End) : BoundExpr(ExprType.Component, Start, End);

/// <summary>An attribute of a component-valued expression (a subject or <c>it</c>).</summary>
internal sealed record BoundAttribute(BoundExpr Target, string Name, ExprType AttributeType, int Start, int End) : BoundExpr(AttributeType, Start, End);

internal sealed record BoundFacilityAttribute(string Name, ExprType AttributeType, int Start, int End) : BoundExpr(AttributeType, Start, End);

/// <summary><c>defined(path)</c>: the target is a component (or null for the facility).</summary>
internal sealed record BoundDefined(BoundExpr? Target, string Name, int Start, int End) : BoundExpr(ExprType.Bool, Start, End)
{
    /// <summary>The call as written, for evidence.</summary>
    public string Text { get; init; } = string.Empty;
}

internal sealed record BoundToday(int Start, int End) : BoundExpr(ExprType.Date, Start, End);

internal sealed record BoundDistance(BoundExpr First, BoundExpr Second, int Start, int End) : BoundExpr(ExprType.Number(Dimension.Length), Start, End);

/// <summary>An aggregate over the components of <see cref="AggregateSlot"/>'s kinds.</summary>
internal sealed record BoundAggregate(string Function, AggregateSlot Slot, string? Attribute, BoundExpr? Where, ExprType ResultType, int Start, int End)
    : BoundExpr(ResultType, Start, End)
{
    /// <summary>The call as written, for evidence.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The <c>where</c> condition as written (null without one), for evidence.</summary>
    public string? WhereText { get; init; }
}

internal sealed record BoundTableColumn(LookupTable Table, BoundExpr Key, string Column, ExprType ColumnType, string Text, int Start, int End)
    : BoundExpr(ColumnType, Start, End);

internal sealed record BoundUnary(string Operator, BoundExpr Operand, ExprType ResultType, int Start, int End) : BoundExpr(ResultType, Start, End);

/// <summary>Arithmetic: + - * /. With <paramref name="TemperatureShift"/>, <c>Left</c> is a temperature and <c>Right</c> a step in kelvin.</summary>
internal sealed record BoundArithmetic(string Operator, BoundExpr Left, BoundExpr Right, ExprType ResultType, int Start, int End, bool TemperatureShift = false)
    : BoundExpr(ResultType, Start, End);

/// <summary>and / or.</summary>
internal sealed record BoundLogical(string Operator, BoundExpr Left, BoundExpr Right, int Start, int End) : BoundExpr(ExprType.Bool, Start, End);

internal sealed record BoundComparison(string Operator, BoundExpr Left, BoundExpr Right, string Text, int Start, int End) : BoundExpr(ExprType.Bool, Start, End);

internal sealed record BoundIn(BoundExpr Value, BoundExpr List, bool Negated, string Text, int Start, int End) : BoundExpr(ExprType.Bool, Start, End);

internal sealed record BoundBetween(BoundExpr Value, BoundExpr Low, BoundExpr High, string Text, int Start, int End) : BoundExpr(ExprType.Bool, Start, End);

internal sealed record BoundList(IReadOnlyList<BoundExpr> Items, int Start, int End) : BoundExpr(ExprType.List, Start, End);

/// <summary>abs(x), min(x, y), max(x, y).</summary>
internal sealed record BoundMath(string Function, IReadOnlyList<BoundExpr> Arguments, ExprType ResultType, int Start, int End) : BoundExpr(ResultType, Start, End);

/// <summary>
/// <c>jet_flame_distance(c, flux[, leak_fraction])</c> or <c>flammable_extent(c, concentration[, leak_fraction])</c>:
/// an advisory consequence distance of a component's leak (Consequences/).
/// </summary>
internal sealed record BoundHazard(string Function, BoundExpr Target, BoundExpr Level, BoundExpr? LeakFraction, int Start, int End)
    : BoundExpr(ExprType.Number(Dimension.Length), Start, End);

/// <summary>A set of kinds an aggregate ranges over; each distinct set becomes one NRules collect pattern of a rule.</summary>
internal sealed record AggregateSlot(int Index, IReadOnlyList<string> Kinds)
{
    public bool AnyKind => Kinds.Contains(Rules.SubjectDeclaration.AnyKind);

    public string Describe() => Kinds.Count == 1 ? Kinds[0] : "[" + string.Join(", ", Kinds) + "]";
}
