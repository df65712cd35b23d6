using HydrogenSafety.Evaluation.Facts;
using HydrogenSafety.Expressions.Runtime;

namespace HydrogenSafety.Compilation;

/// <summary>The facts of one rule activation, as the compiled action delegates read them.</summary>
internal sealed class EvalFrame
{
    public EvalFrame(FacilityFact facility, ComponentFact[] subjects, IEnumerable<ComponentFact>[] aggregates, EvidenceRecorder? recorder, AggregateCache? cache)
    {
        Cache = cache;
        Facility = facility;
        Subjects = subjects;
        Aggregates = aggregates;
        Recorder = recorder;
    }

    public FacilityFact Facility { get; }

    public ComponentFact[] Subjects { get; }

    public IEnumerable<ComponentFact>[] Aggregates { get; }

    public EvidenceRecorder? Recorder { get; }

    public AggregateCache? Cache { get; }
}
