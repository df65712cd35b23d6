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
    private readonly SortedSet<int> _used = [];

    public PatternLeaves(RuleDeclarations declarations) => _declarations = declarations;

    /// <summary>Declaration positions used so far (0 = facility, then subjects, then aggregates).</summary>
    public IReadOnlyCollection<int> Used => _used;

    public Expression Facility() => Use(0);

    public Expression Subject(int index) => _declarations.PairMode
        ? Expression.Property(Use(1), index == 0 ? nameof(NearPairFact.First) : nameof(NearPairFact.Second))
        : Use(1 + index);

    public Expression Aggregate(int slot) => Use(1 + _declarations.SubjectCount + slot);

    public Expression Recorder() => Expression.Constant(null, typeof(Expressions.Runtime.EvidenceRecorder));

    public Expression Cache() => Expression.Constant(null, typeof(Expressions.Runtime.AggregateCache));

    private ParameterExpression Use(int position)
    {
        _used.Add(position);
        return _declarations.Parameters[position];
    }
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
