using System.Linq.Expressions;
using System.Reflection;
using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Binding;
using HydrogenSafety.Expressions.Runtime;
using HydrogenSafety.Units;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Translates a checked expression into a LINQ expression tree of type <see cref="Value"/> that calls
/// the runtime operations. Only constants, parameters, member reads, static calls and lambdas are
/// emitted, so that NRules can compare and share the condition nodes of different rules.
/// </summary>
internal sealed class ExpressionTranslator
{
    private readonly ILeafSource _leaves;
    private readonly Consequences.HazardCache _hazards;
    private readonly List<ParameterExpression> _its = [];
    private int _quiet;
    private int _negations;

    /// <param name="leaves">Where the facts, the recorder and the aggregate cache are read.</param>
    /// <param name="hazards">
    /// The compiled engine's cache of consequence distances, a constant of every hazard call (the same object for all
    /// the rules of one engine, so NRules still shares equal conditions; never shared between engines).
    /// </param>
    public ExpressionTranslator(ILeafSource leaves, Consequences.HazardCache hazards)
    {
        _leaves = leaves;
        _hazards = hazards;
    }

    public Expression Translate(BoundExpr e) => e switch
    {
        BoundConstant c => Expression.Constant(c.Value, typeof(Value)),
        BoundSubject s => Call(typeof(FactAccess), nameof(FactAccess.Subject), _leaves.Subject(s.Index)),
        BoundIt it => Call(typeof(FactAccess), nameof(FactAccess.Subject), _its[it.Level]),
        BoundAttribute a => Call(typeof(FactAccess), nameof(FactAccess.Attribute), Component(a.Target), Expression.Constant(a.Name)),
        BoundFacilityAttribute f => Call(typeof(FactAccess), nameof(FactAccess.FacilityAttribute), _leaves.Facility(), Expression.Constant(f.Name)),
        BoundDefined d => Presence(d, negated: false),
        BoundToday => Call(typeof(FactAccess), nameof(FactAccess.Today), _leaves.Facility()),
        BoundDistance d => Call(typeof(FactAccess), nameof(FactAccess.Distance), _leaves.Facility(), Component(d.First), Component(d.Second)),
        BoundAggregate { Function: "exists" } a => Presence(a, negated: false),
        BoundAggregate a => TranslateAggregate(a),
        BoundTableColumn t => Call(typeof(TableLookup), nameof(TableLookup.Column), Expression.Constant(t.Table), Translate(t.Key),
            Expression.Constant(t.Column), Recorder(), Expression.Constant(t.Text)),
        BoundUnary { Operator: "not", Operand: BoundDefined or BoundAggregate { Function: "exists" } } u => Presence(u.Operand, negated: true),
        BoundUnary { Operator: "not" } u => Call(typeof(Logic), nameof(Logic.Not), Negated(u.Operand)),
        BoundUnary u => Call(typeof(Arithmetic), nameof(Arithmetic.Negate), Translate(u.Operand)),
        BoundArithmetic { TemperatureShift: true } b => Call(typeof(Arithmetic), nameof(Arithmetic.Shift), Expression.Constant(b.Operator), Translate(b.Left), Translate(b.Right)),
        BoundArithmetic b => Call(typeof(Arithmetic), nameof(Arithmetic.Binary), Expression.Constant(b.Operator), Translate(b.Left), Translate(b.Right)),
        BoundLogical l => TranslateLogical(l),
        BoundComparison c => Call(typeof(Comparison), nameof(Comparison.Compare), Expression.Constant(c.Operator), Translate(c.Left), Translate(c.Right),
            Recorder(), Expression.Constant(c.Text), Expression.Constant(c.Left is BoundConstant && c.Right is not BoundConstant)),
        BoundIn i => Call(typeof(Comparison), nameof(Comparison.In), Translate(i.Value), Translate(i.List), Expression.Constant(i.Negated),
            Recorder(), Expression.Constant(i.Text)),
        BoundBetween b => Call(typeof(Comparison), nameof(Comparison.Between), Translate(b.Value), Translate(b.Low), Translate(b.High),
            Recorder(), Expression.Constant(b.Text)),
        BoundList l => TranslateList(l),
        BoundMath { Function: "abs" } m => Call(typeof(Arithmetic), nameof(Arithmetic.Abs), Translate(m.Arguments[0])),
        BoundMath { Function: "min" } m => Call(typeof(Arithmetic), nameof(Arithmetic.Min), Translate(m.Arguments[0]), Translate(m.Arguments[1])),
        BoundHazard h => Call(typeof(HazardFunctions), h.Function == "jet_flame_distance" ? nameof(HazardFunctions.JetFlameDistance) : nameof(HazardFunctions.FlammableExtent),
            Expression.Constant(_hazards), Component(h.Target), Translate(h.Level),
            h.LeakFraction is null ? Expression.Constant(Value.Plain(Consequences.ReleaseScenario.Nfpa2LeakFraction), typeof(Value)) : Translate(h.LeakFraction)),
        BoundMath m => Call(typeof(Arithmetic), nameof(Arithmetic.Max), Translate(m.Arguments[0]), Translate(m.Arguments[1])),
        _ => throw new InvalidOperationException($"no translation for {e.GetType().Name}"),
    };

    /// <summary>
    /// <c>defined(path)</c> or <c>exists(…)</c>, possibly under <c>not</c>: the value as before, and where evidence is
    /// kept, a record of what was or was not there (<see cref="PresenceEvidence"/>) with the result of the whole.
    /// </summary>
    private Expression Presence(BoundExpr e, bool negated)
    {
        Expression plain = e switch
        {
            BoundDefined { Target: null } d => Call(typeof(FactAccess), nameof(FactAccess.FacilityDefined), _leaves.Facility(), Expression.Constant(d.Name)),
            BoundDefined d => Call(typeof(FactAccess), nameof(FactAccess.Defined), Component(d.Target!), Expression.Constant(d.Name)),
            BoundAggregate a => TranslateAggregate(a),
            _ => throw new InvalidOperationException($"no presence evidence for {e.GetType().Name}"),
        };
        var value = negated ? Call(typeof(Logic), nameof(Logic.Not), plain) : plain;
        var recorder = Recorder();
        if (recorder is ConstantExpression)
        {
            return value;
        }

        var no = Expression.Constant(negated);
        return e switch
        {
            BoundDefined { Target: null } d => Call(typeof(PresenceEvidence), nameof(PresenceEvidence.FacilityDefined), value, _leaves.Facility(),
                Expression.Constant(d.Name), recorder, Expression.Constant(d.Text), no),
            BoundDefined d => Call(typeof(PresenceEvidence), nameof(PresenceEvidence.Defined), value, Component(d.Target!),
                Expression.Constant(d.Name), recorder, Expression.Constant(d.Text), no),
            _ => ExistsEvidence((BoundAggregate)e, value, recorder, no),
        };
    }

    private MethodCallExpression ExistsEvidence(BoundAggregate a, Expression value, Expression recorder, Expression negated)
    {
        var (items, where) = AggregateParts(a);
        return Call(typeof(PresenceEvidence), nameof(PresenceEvidence.Exists), value, items, where, recorder, Expression.Constant(a.Text),
            Expression.Constant(a.Slot.Describe()), Expression.Constant(a.WhereText, typeof(string)), negated);
    }

    /// <summary>
    /// The operand of a <c>not</c>: its comparisons are kept through the recorder's negated view
    /// (<see cref="EvidenceRecorder.Negate"/>), so a comparison that held is the evidence of a violated <c>not</c>
    /// and one that did not hold the evidence of a passed one; <c>and</c>/<c>or</c> inside mark what decided as
    /// anywhere else.
    /// </summary>
    private Expression Negated(BoundExpr e)
    {
        _negations++;
        try
        {
            return Translate(e);
        }
        finally
        {
            _negations--;
        }
    }

    /// <summary>
    /// Evidence is not kept inside an aggregate's 'where', which looks at many components.
    /// </summary>
    private Expression Quietly(BoundExpr e)
    {
        _quiet++;
        try
        {
            return Translate(e);
        }
        finally
        {
            _quiet--;
        }
    }

    /// <summary>
    /// <c>and</c>/<c>or</c>: where evidence is kept, through <see cref="TracedLogic"/> with the recorder's marks
    /// around the left side (arguments are evaluated left to right), so that what did not decide is marked.
    /// </summary>
    private Expression TracedOrPlain(string name, BoundLogical l)
    {
        var recorder = Recorder();
        if (recorder is ConstantExpression)
        {
            return Call(typeof(Logic), name, Translate(l.Left), Translate(l.Right));
        }

        var mark = Call(typeof(EvidenceRecorder), nameof(EvidenceRecorder.Mark), recorder);
        return Call(typeof(TracedLogic), name, mark, Translate(l.Left), mark, Translate(l.Right), recorder);
    }

    private Expression TranslateLogical(BoundLogical l) =>
        l.Operator == "and" ? TracedOrPlain(nameof(Logic.And), l) : TracedOrPlain(nameof(Logic.Or), l);

    private Expression Recorder()
    {
        if (_quiet > 0)
        {
            return Expression.Constant(null, typeof(EvidenceRecorder));
        }

        var recorder = _leaves.Recorder();
        return recorder is ConstantExpression || _negations % 2 == 0 ? recorder : Call(typeof(EvidenceRecorder), nameof(EvidenceRecorder.Negate), recorder);
    }

    /// <summary>The component fact a component-typed expression denotes (a subject or <c>it</c>).</summary>
    private Expression Component(BoundExpr e) => e switch
    {
        BoundSubject s => _leaves.Subject(s.Index),
        BoundIt it => _its[it.Level],
        _ => throw new InvalidOperationException("a component is a subject or 'it'"),
    };

    /// <summary>The components an aggregate ranges over, and its <c>where</c> as a function of <c>it</c> (a null constant without one).</summary>
    private (Expression Items, Expression Where) AggregateParts(BoundAggregate a)
    {
        var items = _leaves.Aggregate(a.Slot.Index);
        Expression where = Expression.Constant(null, typeof(Func<ComponentFact, Value>));
        if (a.Where is not null)
        {
            var it = Expression.Parameter(typeof(ComponentFact), "it" + _its.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _its.Add(it);
            var body = Quietly(a.Where);
            _its.RemoveAt(_its.Count - 1);
            where = Expression.Lambda<Func<ComponentFact, Value>>(body, it);
        }

        return (items, where);
    }

    private Expression TranslateAggregate(BoundAggregate a)
    {
        // Outside another aggregate's 'where' (where 'it' of the enclosing one could be named), an aggregate that names
        // no subject may already be computed where the leaves come from.
        if (_its.Count == 0 && !Correlation.NamesASubject(a) && _leaves.Uncorrelated(a) is { } computed)
        {
            return computed;
        }

        var (items, where) = AggregateParts(a);

        var kinds = Expression.Constant(a.Slot.Describe());
        var call = a.Function switch
        {
            "exists" => Call(typeof(Aggregates), nameof(Aggregates.Exists), items, where),
            "count" => Call(typeof(Aggregates), nameof(Aggregates.Count), items, where),
            "sum" => Call(typeof(Aggregates), nameof(Aggregates.Sum), items, where, Expression.Constant(a.Attribute),
                Expression.Constant(a.Type.Dimension, typeof(Dimension?)), Expression.Constant(a.Type.Dimension is { } d ? UnitCatalog.Canonical(d).Symbol : null, typeof(string))),
            "max" => Call(typeof(Aggregates), nameof(Aggregates.Max), items, where, Expression.Constant(a.Attribute), kinds),
            _ => Call(typeof(Aggregates), nameof(Aggregates.Min), items, where, Expression.Constant(a.Attribute), kinds),
        };

        // An aggregate whose condition names no subject has one value per firing: compute it once.
        return Correlation.NamesASubject(a)
            ? call
            : Call(typeof(AggregateCache), nameof(AggregateCache.Get), _leaves.Cache(), Expression.Constant(a, typeof(object)),
                Expression.Lambda<Func<Value>>(call));
    }

    private Expression TranslateList(BoundList l)
    {
        if (l.Items.All(i => i is BoundConstant))
        {
            return Expression.Constant(Value.List(l.Items.Select(i => ((BoundConstant)i).Value).ToArray()), typeof(Value));
        }

        Expression list = Expression.Constant(Value.List([]), typeof(Value));
        foreach (var item in l.Items)
        {
            list = Call(typeof(ListOps), nameof(ListOps.Append), list, Translate(item));
        }

        return list;
    }

    private static MethodCallExpression Call(Type type, string name, params Expression[] args)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic, args.Select(a => a.Type).ToArray())
            ?? throw new InvalidOperationException($"{type.Name}.{name} not found");
        return Expression.Call(method, args);
    }
}
