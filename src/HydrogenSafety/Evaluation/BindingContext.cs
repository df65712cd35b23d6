using HydrogenSafety.Evaluation.Facts;

namespace HydrogenSafety.Evaluation;

/// <summary>
/// What the bulk pairs of one activation share, for rendering their findings on first read: the facility, the
/// aggregates and the settled-pairs fact (its near component and which subject that is).
/// </summary>
internal sealed record BindingContext(FacilityFact Facility, IEnumerable<ComponentFact>[] Aggregates, SettledPairsFact Settled);
