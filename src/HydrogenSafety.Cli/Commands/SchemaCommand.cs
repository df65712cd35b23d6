using System.CommandLine;
using HydrogenSafety.Schemas;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety schema rules|facility|profile|coverage [--output FILE]</c>: prints the JSON Schema (draft 2020-12)
/// of a YAML format, for editors (yaml-language-server: <c># yaml-language-server: $schema=…</c>).
/// The repository's <c>schemas/</c> folder holds the same three files.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("FORMAT")
        {
            Description = "Which schema: rules (rule files), facility (facility descriptions) or profile (profiles).",
        };
        name.AcceptOnlyFromAmong([.. JsonSchemas.Names]);
        var output = AuthoringOptions.Output("the schema");
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of rule files, facility descriptions or profiles, for editors.")
        {
            name, output,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(name)!,
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the schema; exit 0, or 2 when the output file cannot be written.</summary>
    public static int Execute(string name, string? output, TextWriter stdout, TextWriter stderr) =>
        AuthoringOptions.Write(output, JsonSchemas.Get(name), stdout, stderr, "schema") ? ExitCodes.Success : ExitCodes.BadInput;
}
