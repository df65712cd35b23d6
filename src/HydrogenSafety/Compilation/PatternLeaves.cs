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

    public Expression Subject(int index) => Use(1 + index);

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

    public RuleDeclarations(IReadOnlyList<string> subjectNames, int aggregateCount)
    {
        SubjectCount = subjectNames.Count;
        var parameters = new List<ParameterExpression> { Expression.Parameter(typeof(FacilityFact), FacilityName) };
        parameters.AddRange(subjectNames.Select(n => Expression.Parameter(typeof(ComponentFact), n)));
        for (var i = 0; i < aggregateCount; i++)
        {
            parameters.Add(Expression.Parameter(typeof(IEnumerable<ComponentFact>), AggregateName(i)));
        }

        Parameters = parameters;
    }

    public int SubjectCount { get; }

    public IReadOnlyList<ParameterExpression> Parameters { get; }

    public static string AggregateName(int slot) => "$agg" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
