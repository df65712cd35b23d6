using System.CommandLine;
using System.Globalization;
using HydrogenSafety.Cli.Inputs;

using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety lint [PATH...]</c>: checks rule files and facilities without evaluating. Each file is
/// judged by its first top-level key; all rule files are loaded together so that duplicate ids and
/// tables across files are found. Without paths, the built-in rules are checked.
/// </summary>
internal static class LintCommand
{
    /// <summary>The command; <paramref name="literal"/> are the arguments given after <c>--</c>, taken as paths even when they start with '-'.</summary>
    public static Command Create(IReadOnlySet<string>? literal = null)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule files, facility files, or folders of them (searched recursively). Default: the built-in rules.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(InputArguments.RejectUnknownOptions(literal));
        var command = new Command("lint", "Check rule files, profiles, waiver files, clause lists and facilities without evaluating; exit 0 when there is no error, 2 when there is.")
        {
            paths,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(paths) ?? [],
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Prints every error and warning to stderr and a summary line to stdout.</summary>
    public static int Execute(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var log = new LoadLog();
        string checkedWhat;
        RuleSet? linted;
        var profiles = new List<Profiles.Profile>();
        if (paths.Count == 0)
        {
            var rules = InputLoader.LoadRules([], log);
            linted = rules;
            profiles.AddRange(Profiles.Profile.BuiltIn);
            var coverage = CoverageInputs.BuiltIn(log);
            CheckCoverage(coverage, rules, log);
            checkedWhat = rules is null ? "built-in rules" : Plural(rules.Rules.Count, "built-in rule", "built-in rules");
            if (coverage is not null)
            {
                checkedWhat += $", {Plural(coverage.Documents.Count, "clause list", "clause lists")}";
            }
        }
        else
        {
            var files = InputFiles.ResolveRecursive(paths, log);

            // Anything that is not recognisably a facility, profile or waiver file goes to the rule loader,
            // which names what is wrong with it. Profiles are checked against the rules linted with them
            // (or the built-in rules when no rule file is given).
            var kinds = files.ToDictionary(f => f, InputSniffer.SniffFile, StringComparer.Ordinal);
            var facilityFiles = files.Where(f => kinds[f] == InputKind.Facility).ToList();
            var profileFiles = files.Where(f => kinds[f] == InputKind.Profile).ToList();
            var waiverFiles = files.Where(f => kinds[f] == InputKind.Waivers).ToList();
            var coverageFiles = files.Where(f => kinds[f] == InputKind.Coverage).ToList();
            var ruleFiles = files.Where(f => kinds[f] is InputKind.Rules or InputKind.Unknown).ToList();
            var rules = ruleFiles.Count > 0 ? InputLoader.LoadRules(ruleFiles, log) : (profileFiles.Count + coverageFiles.Count > 0 ? InputLoader.LoadRules([], new LoadLog()) : null);
            linted = ruleFiles.Count > 0 ? rules : null;
            InputLoader.LoadFacilities(facilityFiles, log);
            foreach (var profile in profileFiles)
            {
                if (InputLoader.CheckProfile(profile, rules, log) is { } read)
                {
                    profiles.Add(read);
                }
            }

            foreach (var waivers in waiverFiles)
            {
                InputLoader.LoadWaivers(waivers, log);
            }

            // Clause lists are checked against the rules linted with them (or the built-in rules when no rule file is given).
            if (coverageFiles.Count > 0)
            {
                CheckCoverage(CoverageInputs.Load(coverageFiles, log), rules, log);
            }

            checkedWhat = $"{Plural(ruleFiles.Count, "rule file", "rule files")}, {Plural(facilityFiles.Count, "facility", "facilities")}";
            if (profileFiles.Count > 0)
            {
                checkedWhat += $", {Plural(profileFiles.Count, "profile", "profiles")}";
            }

            if (waiverFiles.Count > 0)
            {
                checkedWhat += $", {Plural(waiverFiles.Count, "waiver file", "waiver files")}";
            }

            if (coverageFiles.Count > 0)
            {
                checkedWhat += $", {Plural(coverageFiles.Count, "clause list", "clause lists")}";
            }
        }

        // How the rules read (H2S0318 a message naming no subject value, H2S0319 a requirement too deep to read): warnings.
        if (linted is not null)
        {
            log.AddRange(RuleReadability.Warnings(linted.Rules));
        }

        log.WriteTo(stderr);

        // Translation fallbacks (H2S0314) of rules and profiles are information: listed on stderr, counted per language on stdout, never an error.
        var fallbacks = linted is null ? [] : TranslationCoverage.Of(linted.Rules).Concat(TranslationCoverage.Of(profiles)).ToList();
        foreach (var fallback in fallbacks)
        {
            stderr.WriteLine(fallback.ToString());
        }

        stdout.WriteLine($"{checkedWhat}: {Plural(log.Errors, "error", "errors")}, {Plural(log.Warnings, "warning", "warnings")}");
        if (linted is not null)
        {
            stdout.WriteLine(TranslationCoverage.Summary(fallbacks));
        }
        return log.HasErrors ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>
    /// The gaps between clause lists and rules, as warnings: rules citing a clause their document's list does not
    /// name, lists of documents no rule cites, clauses listed as not encoded that a rule encodes.
    /// </summary>
    private static void CheckCoverage(Coverage.CoverageSet? coverage, Rules.RuleSet? rules, LoadLog log)
    {
        if (coverage is not null && rules is not null)
        {
            log.AddRange(Coverage.CoverageReport.Build(coverage, rules).Warnings());
        }
    }

    private static string Plural(int n, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
}
