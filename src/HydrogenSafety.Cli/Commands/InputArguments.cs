using System.CommandLine.Parsing;

namespace HydrogenSafety.Cli.Commands;

/// <summary>Validation shared by the file and folder arguments of the commands.</summary>
internal static class InputArguments
{
    /// <summary>
    /// A token that looks like an option but is no option of the command would otherwise be taken as
    /// a path; it is an error instead (unless a file or folder of that name exists).
    /// </summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        }
    }
}
