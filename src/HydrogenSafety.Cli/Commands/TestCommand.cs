using System.CommandLine;
using System.Globalization;
using System.Text;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.RuleTests;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety test [PATH...] [-v] [--as-of DATE]</c>: runs the inline tests of rule files (SPEC §4;
/// <c>expect</c> is exhaustive). One line per failing case, <c>file:line:column: FAIL RULE-ID "case": …</c>
/// saying what came out instead; with <c>-v</c> the passing ones too; the last line is exactly
/// <c>N passed, N failed</c>. Exit 0 when all pass, 1 when any fails, 2 on load errors. Every rule's cases run
/// whatever its effective dates, jurisdictions and status; <c>--as-of</c> only sets <c>today</c>.
/// </summary>
internal static class TestCommand
{
    /// <summary>The command; <paramref name="literal"/> are the arguments given after <c>--</c>, taken as paths even when they start with '-'.</summary>
    public static Command Create(IReadOnlySet<string>? literal = null)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule files or folders (rule packs, searched recursively). Default: the built-in rule packs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(InputArguments.RejectUnknownOptions(literal));
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "List the passing cases too.",
        };
        // A rule test exercises the rule's logic: every rule's cases run whatever its effective dates,
        // jurisdictions and status, so --as-of only sets the day `today` means.
        var asOf = AuthoringOptions.AsOf(
            "The day `today` means in rules (yyyy-MM-dd). Default: today (UTC). Rule tests run every rule whatever its effective dates, jurisdictions and status.");
        var command = new Command("test", "Run the inline tests of rule files; ends with 'N passed, N failed'. Exit 0 when all pass, 1 when any fails, 2 on load errors.")
        {
            paths, verbose, asOf,
        };
        command.SetAction(parseResult => Execute(
            new TestSettings
            {
                Paths = parseResult.GetValue(paths) ?? [],
                Verbose = parseResult.GetValue(verbose),
                AsOf = parseResult.GetValue(asOf),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads the rules (errors: exit 2), runs every case, prints the failures and the count line.</summary>
    public static int Execute(TestSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var log = new LoadLog();
        var rules = InputLoader.LoadRules(settings.Paths, log);
        log.WriteTo(stderr);
        if (log.HasErrors || rules is null)
        {
            return ExitCodes.BadInput;
        }

        var results = RuleTestRunner.Run(rules, settings.AsOf);
        var sb = new StringBuilder();
        foreach (var result in results)
        {
            if (!result.Passed)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{result.Span}: FAIL {result.RuleId} \"{result.CaseName}\": {string.Join("; ", result.Failures)}\n");
            }
            else if (settings.Verbose)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{result.Span}: pass {result.RuleId} \"{result.CaseName}\"\n");
            }
        }

        if (settings.Verbose)
        {
            foreach (var rule in rules.Rules.Where(r => r.Tests.Count == 0))
            {
                sb.Append(CultureInfo.InvariantCulture, $"{rule.Span}: note {rule.Id} has no tests\n");
            }
        }

        var passed = results.Count(r => r.Passed);
        var failed = results.Count - passed;
        sb.Append(CultureInfo.InvariantCulture, $"{AuthoringText.Number(passed)} passed, {AuthoringText.Number(failed)} failed\n");
        // Rule ids, case names and values come from rule files: control characters are escaped.
        stdout.Write(HydrogenSafety.Diagnostics.PrintableText.Of(sb.ToString()));
        return failed == 0 ? ExitCodes.Success : ExitCodes.NotCompliant;
    }
}
