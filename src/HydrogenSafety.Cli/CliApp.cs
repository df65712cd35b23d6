using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HydrogenSafety.Cli.Commands;
using HydrogenSafety.Cli.Output;

namespace HydrogenSafety.Cli;

/// <summary>The <c>h2safety</c> command line, runnable in-process with any pair of writers.</summary>
internal static class CliApp
{
    /// <summary>The tool's command name, used in usage hints.</summary>
    public const string ToolName = "h2safety";

    /// <summary>Parses and runs one command line; returns the exit code (SPEC §8).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        // A failure to write stdout (a full disk, a closed pipe) is bad output, exit 2, like a bad --output.
        var output = new GuardedWriter(stdout, "standard output");
        try
        {
            var parseResult = CreateRootCommand().Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                ErrorReporter.Usage(stderr, parseResult.Errors.Select(e => e.Message), CommandPath(parseResult.CommandResult));

                return ExitCodes.BadInput;
            }

            var code = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
            output.Flush();
            return code;
        }
        catch (Exception exception)
        {
            return ErrorReporter.Fail(stderr, exception);
        }
        finally
        {
            FlushQuietly(stdout);
            FlushQuietly(stderr);
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("h2safety: check hydrogen facilities against cited safety rules.")
        {
            CheckCommand.Create(),
            LintCommand.Create(),
            TestCommand.Create(),
            RulesCommand.Create(),
            ExplainCommand.Create(),
            CompareCommand.Create(),
            SchemaCommand.Create(),
        };
        return root;
    }

    /// <summary>Flushes what is left; a failure has been reported already (or cannot be reported).</summary>
    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // Reported by the flush inside the run, or stderr itself is gone.
        }
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is CommandResult commandResult)
            {
                names.Add(commandResult.Parent is null ? ToolName : commandResult.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(" ", names);
    }
}
