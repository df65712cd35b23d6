namespace HydrogenSafety.Evaluation;

/// <summary>One subject of a finding: the rule's subject name and the component bound to it.</summary>
/// <param name="Name">The subject name from the rule's <c>for</c>.</param>
/// <param name="ComponentId">The id of the component.</param>
public sealed record SubjectBinding(string Name, string ComponentId);
