using HydrogenSafety.Cli.Output;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Cli;

/// <summary>Prints diagnostics, usage errors and failures to stderr, one per line, never a stack trace (unless H2SAFETY_DEBUG=1).</summary>
internal static class ErrorReporter
{
    /// <summary>The environment variable that makes internal errors print their stack trace.</summary>
    public const string DebugVariable = "H2SAFETY_DEBUG";

    /// <summary>Prints diagnostics in their canonical form <c>file:line:column: error H2Snnnn: message</c>.</summary>
    public static void Print(TextWriter stderr, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Prints usage errors, then once the hint to ask for help.</summary>
    public static void Usage(TextWriter stderr, IEnumerable<string> messages, string commandPath)
    {
        foreach (var message in messages)
        {
            stderr.WriteLine($"error {DiagnosticCodes.Usage}: {OneLine(message)}");
        }

        stderr.WriteLine($"Run '{commandPath} --help' for usage.");
    }

    /// <summary>Prints one line saying that output could not be written (no usage hint: the command line was right).</summary>
    public static void OutputFailure(TextWriter stderr, string message) =>
        stderr.WriteLine($"error {DiagnosticCodes.Usage}: {OneLine(message)}");

    /// <summary>Reports an exception that escaped a command and returns the exit code it means.</summary>
    public static int Fail(TextWriter stderr, Exception exception)
    {
        var inner = Unwrap(exception);
        var loadErrors = inner.OfType<LoadException>().ToList();
        if (loadErrors.Count > 0 && loadErrors.Count == inner.Count)
        {
            foreach (var load in loadErrors)
            {
                PrintLoadException(stderr, load);
            }

            return ExitCodes.BadInput;
        }

        if (inner.Count == 1 && inner[0] is OutputException output)
        {
            OutputFailure(stderr, output.Message);
            return ExitCodes.BadInput;
        }

        if (inner.Count == 1 && inner[0] is UsageException usage)
        {
            Usage(stderr, [usage.Message], usage.CommandPath);
            return ExitCodes.BadInput;
        }

        var first = inner.FirstOrDefault(e => e is not LoadException) ?? exception;
        if (IsDebug())
        {
            stderr.WriteLine(PrintableText.Of($"h2safety: internal error: {exception}"));
        }
        else
        {
            stderr.WriteLine($"h2safety: internal error: {first.GetType().Name}: {OneLine(first.Message)} (set {DebugVariable}=1 for details)");
        }

        return ExitCodes.InternalError;
    }

    /// <summary>Prints every diagnostic of a load failure, or its message when it carries none.</summary>
    public static void PrintLoadException(TextWriter stderr, LoadException exception)
    {
        if (exception.Diagnostics.Count > 0)
        {
            Print(stderr, exception.Diagnostics);
        }
        else
        {
            stderr.WriteLine($"error: {OneLine(exception.Message)}");
        }
    }

    private static List<Exception> Unwrap(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions.ToList()
            : [exception];

    private static bool IsDebug() =>
        string.Equals(Environment.GetEnvironmentVariable(DebugVariable), "1", StringComparison.Ordinal);

    private static string OneLine(string message) =>
        PrintableText.Of(string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
