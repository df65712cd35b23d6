namespace HydrogenSafety.Cli;

/// <summary>A command-line usage error found after parsing; reported as <c>error H2S0901: …</c> with the usage hint, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, string commandPath) : base(message) => CommandPath = commandPath;

    public UsageException() => CommandPath = CliApp.ToolName;

    public UsageException(string message) : base(message) => CommandPath = CliApp.ToolName;

    public UsageException(string message, Exception innerException) : base(message, innerException) => CommandPath = CliApp.ToolName;

    /// <summary>The command whose help the hint points at, e.g. <c>h2safety check</c>.</summary>
    public string CommandPath { get; }
}
