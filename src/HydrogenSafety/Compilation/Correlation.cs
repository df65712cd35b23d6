using HydrogenSafety.Expressions.Binding;

namespace HydrogenSafety.Compilation;

/// <summary>Whether an expression refers to a rule subject (so its value differs from binding to binding).</summary>
internal static class Correlation
{
    public static bool NamesASubject(BoundExpr e) => e switch
    {
        BoundSubject => true,
        BoundAttribute a => NamesASubject(a.Target),
        BoundDefined { Target: { } t } => NamesASubject(t),
        BoundDistance d => NamesASubject(d.First) || NamesASubject(d.Second),
        BoundAggregate a => a.Where is not null && NamesASubject(a.Where),
        BoundTableColumn t => NamesASubject(t.Key),
        BoundUnary u => NamesASubject(u.Operand),
        BoundArithmetic b => NamesASubject(b.Left) || NamesASubject(b.Right),
        BoundLogical l => NamesASubject(l.Left) || NamesASubject(l.Right),
        BoundComparison c => NamesASubject(c.Left) || NamesASubject(c.Right),
        BoundIn i => NamesASubject(i.Value) || NamesASubject(i.List),
        BoundBetween b => NamesASubject(b.Value) || NamesASubject(b.Low) || NamesASubject(b.High),
        BoundList l => l.Items.Any(NamesASubject),
        BoundMath m => m.Arguments.Any(NamesASubject),
        BoundHazard h => NamesASubject(h.Target) || NamesASubject(h.Level) || (h.LeakFraction is { } f && NamesASubject(f)),
        _ => false,
    };
}
