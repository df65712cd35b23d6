namespace HydrogenSafety.Cli.Output;

/// <summary>
/// Output could not be written (a full disk, a closed pipe, a folder that does not exist): reported as one line,
/// <c>error H2S0901: cannot write …</c>, exit code 2, the same whether the destination was stdout or <c>--output</c>.
/// </summary>
internal sealed class OutputException : Exception
{
    public OutputException()
    {
    }

    public OutputException(string message) : base(message)
    {
    }

    public OutputException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
