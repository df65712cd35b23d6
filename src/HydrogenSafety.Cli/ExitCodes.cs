namespace HydrogenSafety.Cli;

/// <summary>The exit codes of <c>h2safety</c> (SPEC §8).</summary>
internal static class ExitCodes
{
    /// <summary>No enforced rule at or above the fail-on severity is violated, indeterminate or in error; or lint found no error.</summary>
    public const int Success = 0;

    /// <summary>Some enforced rule at or above the fail-on severity is violated, indeterminate or in error.</summary>
    public const int NotCompliant = 1;

    /// <summary>Bad input or usage: a load error in a rule or facility file, an unknown option, a bad value.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error.</summary>
    public const int InternalError = 3;
}
