using System.Linq.Expressions;
using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Compilation;

/// <summary>
/// Leaves bound to NRules pattern declarations; remembers which declarations a condition used so
/// that the condition's lambda takes exactly those parameters.
/// </summary>
internal sealed class PatternLeaves : ILeafSource
{
    private readonly RuleDeclarations _declarations;
    private readonly AggregateBindings? _bindings;
    private readonly SortedSet<int> _used = [];

    /// <param name="declarations">The rule's pattern declarations.</param>
    /// <param name="bindings">Where uncorrelated aggregates become binding declarations (null: computed in the condition).</param>
    public PatternLeaves(RuleDeclarations declarations, AggregateBindings? bindings = null)
    {
        _declarations = declarations;
        _bindings = bindings;
    }

    /// <summary>
    /// Declaration positions used so far (0 = facility, then subjects, then aggregates, then the aggregate bindings,
    /// see <see cref="AggregateBindings.Parameter"/>).
    /// </summary>
    public IReadOnlyCollection<int> Used => _used;

    public Expression Facility() => Use(0);

    public Expression Subject(int index) => _declarations.PairMode
        ? Expression.Property(Use(1), index == 0 ? nameof(NearPairFact.First) : nameof(NearPairFact.Second))
        : Use(1 + index);

    public Expression Aggregate(int slot) => Use(1 + _declarations.SubjectCount + slot);

    public Expression Recorder() => Expression.Constant(null, typeof(Expressions.Runtime.EvidenceRecorder));

    public Expression Cache() => Expression.Constant(null, typeof(Expressions.Runtime.AggregateCache));

    public Expression? Uncorrelated(Expressions.Binding.BoundAggregate aggregate)
    {
        if (_bindings is null)
        {
            return null;
        }

        var position = _bindings.Add(aggregate);
        _used.Add(position);
        return _bindings.Parameter(position);
    }

    private ParameterExpression Use(int position)
    {
        _used.Add(position);
        return _declarations.Parameters[position];
    }
}

/// <summary>
/// The uncorrelated aggregates (no subject in their <c>where</c>) that the conditions over subjects of one rule read from a
/// binding declaration: NRules computes a binding once per tuple of the patterns before it (the facility and the
/// collections) and again only when one of them changes, where a condition over subjects would compute the aggregate
/// for every candidate subject or pair. Positions follow the rule's declarations.
/// </summary>
internal sealed class AggregateBindings
{
    private readonly RuleDeclarations _declarations;
    private readonly List<(Expressions.Binding.BoundAggregate Aggregate, ParameterExpression Parameter)> _items = [];

    public AggregateBindings(RuleDeclarations declarations) => _declarations = declarations;

    public IReadOnlyList<(Expressions.Binding.BoundAggregate Aggregate, ParameterExpression Parameter)> Items => _items;

    /// <summary>The position of the binding of <paramref name="aggregate"/> (one per aggregate node, added on first use).</summary>
    public int Add(Expressions.Binding.BoundAggregate aggregate)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (ReferenceEquals(_items[i].Aggregate, aggregate))
            {
                return _declarations.Parameters.Count + i;
            }
        }

        var name = "$bind" + _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _items.Add((aggregate, Expression.Parameter(typeof(Expressions.Runtime.Value), name)));
        return _declarations.Parameters.Count + _items.Count - 1;
    }

    /// <summary>The parameter of a declaration position: a pattern declaration, or past them an aggregate binding.</summary>
    public ParameterExpression Parameter(int position) =>
        position < _declarations.Parameters.Count ? _declarations.Parameters[position] : _items[position - _declarations.Parameters.Count].Parameter;
}

/// <summary>The pattern declarations of one compiled rule, in order: facility, subjects, aggregates.</summary>
internal sealed class RuleDeclarations
{
    public const string FacilityName = "$facility";

    public const string PairName = "$pair";

    /// <param name="subjectNames">The subjects' names.</param>
    /// <param name="aggregateCount">How many aggregate slots the rule has.</param>
    /// <param name="pairMode">
    /// True for a rule pruned by distance (<see cref="ProximityGate"/>): its two subjects are read from one
    /// <see cref="NearPairFact"/> declaration, which takes both subject positions.
    /// </param>
    public RuleDeclarations(IReadOnlyList<string> subjectNames, int aggregateCount, bool pairMode = false)
    {
        SubjectCount = subjectNames.Count;
        PairMode = pairMode;
        var parameters = new List<ParameterExpression> { Expression.Parameter(typeof(FacilityFact), FacilityName) };
        if (pairMode)
        {
            var pair = Expression.Parameter(typeof(NearPairFact), PairName);
            parameters.AddRange(subjectNames.Select(_ => pair));
        }
        else
        {
            parameters.AddRange(subjectNames.Select(n => Expression.Parameter(typeof(ComponentFact), n)));
        }

        for (var i = 0; i < aggregateCount; i++)
        {
            parameters.Add(Expression.Parameter(typeof(IEnumerable<ComponentFact>), AggregateName(i)));
        }

        Parameters = parameters;
    }

    public int SubjectCount { get; }

    /// <summary>Whether the subjects are read from one pair declaration (position 1).</summary>
    public bool PairMode { get; }

    public IReadOnlyList<ParameterExpression> Parameters { get; }

    public static string AggregateName(int slot) => "$agg" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
