using System.CommandLine.Parsing;

namespace HydrogenSafety.Cli.Commands;

/// <summary>Validation shared by the file and folder arguments of the commands.</summary>
internal static class InputArguments
{
    /// <summary>
    /// A token that looks like an option but is no option of the command would otherwise be taken as
    /// a path; it is an error instead (unless a file or folder of that name exists). An empty token names
    /// no file or folder and is an error too. Tokens in <paramref name="literal"/> (given after <c>--</c>, the end
    /// of options) are paths whatever they look like.
    /// </summary>
    public static Action<ArgumentResult> RejectUnknownOptions(IReadOnlySet<string>? literal) => result =>
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && literal?.Contains(value) != true && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
            else if (value.Length == 0)
            {
                result.AddError($"{result.Argument.Name} is an empty string, which names no file or folder.");
            }
        }
    };

    /// <summary>The arguments after the first <c>--</c> (the end of options), which System.CommandLine takes as arguments.</summary>
    public static IReadOnlySet<string> AfterDoubleDash(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = args.ToList().IndexOf("--");
        return index < 0 ? new HashSet<string>(StringComparer.Ordinal) : args.Skip(index + 1).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A validator refusing an empty value of a path-like option with <paramref name="message"/>: an empty
    /// path names no file, and reporting it as one would print a place (<c>:1:1:</c>) that does not exist.
    /// </summary>
    public static Action<OptionResult> RejectEmptyPath(string message) => result =>
    {
        if (result.Tokens.Any(t => t.Value.Length == 0))
        {
            result.AddError(message);
        }
    };
}
