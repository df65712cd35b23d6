using System.Linq.Expressions;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Where the translated expression finds its inputs: in an NRules condition, the pattern parameters;
/// in an action, the fields of an evaluation frame.
/// </summary>
internal interface ILeafSource
{
    /// <summary>The <c>FacilityFact</c>.</summary>
    Expression Facility();

    /// <summary>The <c>ComponentFact</c> bound to subject <paramref name="index"/>.</summary>
    Expression Subject(int index);

    /// <summary>The <c>IEnumerable&lt;ComponentFact&gt;</c> of aggregate slot <paramref name="slot"/>.</summary>
    Expression Aggregate(int slot);

    /// <summary>The <c>EvidenceRecorder</c>, or a null constant where no evidence is kept.</summary>
    Expression Recorder();

    /// <summary>The session's <c>AggregateCache</c>, or a null constant where values must not be cached (conditions run while facts change).</summary>
    Expression Cache();

    /// <summary>
    /// Where an aggregate that names no subject (one value for all bindings) is already computed, the expression that
    /// reads that value; null where it is computed in place. In an NRules condition over subjects it is a binding
    /// declaration before the subject patterns (computed once per change of the collection, not once per candidate).
    /// </summary>
    Expression? Uncorrelated(Expressions.Binding.BoundAggregate aggregate);
}
