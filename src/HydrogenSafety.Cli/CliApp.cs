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
            var parseResult = CreateRootCommand(InputArguments.AfterDoubleDash(args)).Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                ErrorReporter.Usage(stderr, ParseErrors(parseResult), CommandPath(parseResult.CommandResult));

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

    /// <summary>The root command with every subcommand; <paramref name="literal"/>: the arguments after <c>--</c>.</summary>
    public static RootCommand CreateRootCommand(IReadOnlySet<string>? literal = null)
    {
        var root = new RootCommand("h2safety: check hydrogen facilities against cited safety rules.")
        {
            CheckCommand.Create(literal),
            LintCommand.Create(literal),
            TestCommand.Create(literal),
            RulesCommand.Create(),
            ExplainCommand.Create(),
            CompareCommand.Create(literal),
            CoverageCommand.Create(literal),
            SchemaCommand.Create(),
            HazardCommand.Create(),
        };
        return root;
    }

    /// <summary>
    /// The parse errors to print. An unknown word where the command is due (<c>h2safety frobnicate</c>) is one
    /// error naming it and the commands, not System.CommandLine's two ("required command" and "unrecognized").
    /// </summary>
    private static IEnumerable<string> ParseErrors(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is RootCommand root && parseResult.UnmatchedTokens.Count > 0)
        {
            var commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
            var word = parseResult.UnmatchedTokens[0];
            return [$"'{word}' is not {(word.StartsWith('-') ? "an option of" : "a command of")} {ToolName}; the commands are {commands}."];
        }

        return parseResult.Errors.Select(e => e.Message);
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
