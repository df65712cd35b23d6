using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Compiles expression trees with FastExpressionCompiler, for NRules' conditions and our own action
/// delegates: building the network is dominated by LambdaExpression.Compile otherwise. Falls back to
/// the system compiler for a tree FastExpressionCompiler does not support.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public static FastCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.TryCompileWithoutClosure<TDelegate>() ?? expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
