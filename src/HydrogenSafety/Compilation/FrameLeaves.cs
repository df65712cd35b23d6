using System.Linq.Expressions;
using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Compilation;

/// <summary>Leaves read from an <see cref="EvalFrame"/> parameter: used for the delegates an action runs.</summary>
internal sealed class FrameLeaves : ILeafSource
{
    public ParameterExpression Frame { get; } = Expression.Parameter(typeof(EvalFrame), "frame");

    public Expression Facility() => Expression.Property(Frame, nameof(EvalFrame.Facility));

    public Expression Subject(int index) => Expression.ArrayIndex(Expression.Property(Frame, nameof(EvalFrame.Subjects)), Expression.Constant(index));

    public Expression Aggregate(int slot) => Expression.ArrayIndex(Expression.Property(Frame, nameof(EvalFrame.Aggregates)), Expression.Constant(slot));

    public Expression Recorder() => Expression.Property(Frame, nameof(EvalFrame.Recorder));

    public Expression Cache() => Expression.Property(Frame, nameof(EvalFrame.Cache));

    public Expression? Uncorrelated(Expressions.Binding.BoundAggregate aggregate) => null;

    /// <summary>Compiles a checked expression into a delegate over a frame.</summary>
    public static Func<EvalFrame, Value> Compile(Expressions.Binding.BoundExpr expression, Consequences.HazardCache hazards)
    {
        var leaves = new FrameLeaves();
        var body = new ExpressionTranslator(leaves, hazards).Translate(expression);
        return FastCompiler.Instance.Compile(Expression.Lambda<Func<EvalFrame, Value>>(body, leaves.Frame));
    }
}
