namespace HydrogenSafety.Cli.Terminal;

/// <summary>
/// Whether the process's standard streams are terminals a person reads, and whether colour is wanted
/// there. Writers other than the process console (tests, <c>--output</c>) never get colour or progress.
/// </summary>
internal static class TerminalEnvironment
{
    /// <summary>True when <paramref name="stdout"/> is the process's standard output, it is a terminal, and colour is not turned off.</summary>
    public static bool ColourFor(TextWriter stdout) =>
        ReferenceEquals(Output.GuardedWriter.Unwrap(stdout), Console.Out) && !Console.IsOutputRedirected &&
        ColourAllowed(Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

    /// <summary>True when <paramref name="stderr"/> is the process's standard error and it is a terminal that can redraw a line.</summary>
    public static bool ProgressFor(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected &&
        !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>
    /// Colour unless <c>NO_COLOR</c> is set to anything but the empty string (https://no-color.org) or the
    /// terminal is <c>dumb</c>.
    /// </summary>
    public static bool ColourAllowed(string? noColor, string? term) =>
        string.IsNullOrEmpty(noColor) && !string.Equals(term, "dumb", StringComparison.Ordinal);
}
