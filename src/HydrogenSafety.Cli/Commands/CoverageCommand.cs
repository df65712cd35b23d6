using System.CommandLine;
using System.Globalization;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Coverage;
using HydrogenSafety.Diagnostics;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety coverage [PATH...] [--profile NAME|FILE] [--format text|markdown|json] [--output FILE]</c>: clause
/// traceability. For each source document with a clause list (<c>rules/&lt;pack&gt;/coverage/*.yaml</c>), the clauses the
/// rules encode and by which rules, those deliberately not encoded and why, those still open, the share encoded, and
/// the rules citing clauses the list does not name. <c>--format markdown</c> is <c>docs/coverage.md</c>.
/// </summary>
internal static partial class CoverageCommand
{
    /// <summary>The command that regenerates the checked-in report.</summary>
    public const string RegenerateDoc = "dotnet run --project src/HydrogenSafety.Cli -- coverage --format markdown --output docs/coverage.md";

    /// <summary>The command; <paramref name="literal"/> are the arguments given after <c>--</c>, taken as paths even when they start with '-'.</summary>
    public static Command Create(IReadOnlySet<string>? literal = null)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule packs (folders: their rule files and the clause lists in their coverage/ folders), rule files or coverage files. Default: the built-in packs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(InputArguments.RejectUnknownOptions(literal));
        var profile = AuthoringOptions.Profile("Count only the rules a profile selects (and report only the documents they cite): a built-in profile name or a profile file.");
        var format = AuthoringOptions.Format("text", "markdown", "json");
        var output = AuthoringOptions.Output("the report");
        var command = new Command("coverage", "Clause traceability: per source document, the clauses encoded (by which rules), not encoded (and why) or open, and the share encoded.")
        {
            paths, profile, format, output,
        };
        command.SetAction(parseResult => Execute(
            new CoverageSettings
            {
                Paths = parseResult.GetValue(paths) ?? [],
                Profile = parseResult.GetValue(profile),
                Format = parseResult.GetValue(format) ?? "text",
                Output = parseResult.GetValue(output),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads rules and clause lists, matches them and writes the report; exit 0, or 2 on bad input.</summary>
    public static int Execute(CoverageSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var log = new LoadLog();
        var (rulePaths, coveragePaths) = CoverageInputs.Split(settings.Paths);
        var (rules, _) = InputLoader.LoadTailoredRules(rulePaths, settings.Profile, log, evaluateOnly: true);
        var coverage = settings.Paths.Count == 0 ? CoverageInputs.BuiltIn(log) : CoverageInputs.Load(coveragePaths, log);
        log.WriteTo(stderr);
        if (log.HasErrors || rules is null || coverage is null)
        {
            return ExitCodes.BadInput;
        }

        var report = CoverageReport.Build(coverage, rules);
        var text = settings.Format switch
        {
            // Titles, notes and citations come from input files: control characters are escaped (JSON escapes its own).
            "markdown" => PrintableText.Of(Markdown(report, builtIn: settings.Paths.Count == 0)),
            "json" => Json(report),
            _ => PrintableText.Of(Text(report)),
        };
        return AuthoringOptions.Write(settings.Output, text, stdout, stderr, "coverage") ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>A share as a whole percentage: <c>57 %</c>.</summary>
    private static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0} %");

    private static int Listed(CoverageReport report) => report.Documents.Sum(d => d.Clauses.Count);

    private static int Encoded(CoverageReport report) => report.Documents.Sum(d => d.Encoded);

    private static double TotalShare(CoverageReport report) => Listed(report) == 0 ? 0 : (double)Encoded(report) / Listed(report);

    /// <summary>The reason and note of a clause not encoded: <c>source not read: the curve was not extracted.</c></summary>
    private static string Reason(ClauseCoverage clause) =>
        clause.Clause.NotEncoded is { } reason
            ? CoverageWords.Phrase(reason) + (clause.Clause.Note is { } note ? ": " + note : string.Empty)
            : clause.Clause.Note ?? "no rule, no reason given";

    private static string RuleList(ClauseCoverage clause) =>
        string.Join(", ", clause.Rules.Select(r => r.Status == Rules.RuleStatus.Enforced ? r.Id : $"{r.Id} ({AuthoringText.Word(r.Status)})"));
}
