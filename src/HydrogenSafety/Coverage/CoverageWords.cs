namespace HydrogenSafety.Coverage;

/// <summary>The words coverage files and reports write for reasons and statuses.</summary>
public static class CoverageWords
{
    /// <summary>The words of <c>not_encoded</c>, in the order documented.</summary>
    public static IReadOnlyList<string> Reasons { get; } = CoverageFileReader.ReasonWords.Keys.ToList();

    /// <summary>The word a coverage file writes for a reason: <c>needs_drawings</c>, <c>source_not_read</c>, ….</summary>
    public static string Of(NotEncodedReason reason) => CoverageFileReader.Word(reason);

    /// <summary>A reason in plain words: <c>needs drawings</c>, <c>source not read</c>, ….</summary>
    public static string Phrase(NotEncodedReason reason) => Of(reason).Replace('_', ' ');

    /// <summary>The word reports write for a status: <c>encoded</c>, <c>not_encoded</c>, <c>unknown</c>.</summary>
    public static string Of(ClauseStatus status) => status switch
    {
        ClauseStatus.Encoded => "encoded",
        ClauseStatus.NotEncoded => "not_encoded",
        _ => "unknown",
    };
}
