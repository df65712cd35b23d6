using HydrogenSafety.Facilities;

namespace HydrogenSafety.Evaluation;

/// <summary>The fields of a finding that few findings have: text given directly, an error, a waiver.</summary>
internal sealed class GivenFields
{
    public string? Message { get; set; }

    public IReadOnlyList<Evidence>? Evidence { get; set; }

    public IReadOnlyList<Evidence>? Trace { get; set; }

    public IReadOnlyDictionary<string, string>? TranslatedMessages { get; set; }

    public string? Error { get; set; }

    public WaiverDeclaration? Waiver { get; set; }

    public Outcome? WaivedOutcome { get; set; }
}
