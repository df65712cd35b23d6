using System.CommandLine;
using System.Runtime.ExceptionServices;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Cli.Output;
using HydrogenSafety.Cli.Terminal;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety check FACILITY... [--rules PATH]... [--format text|json|sarif|junit|markdown|html] [--output FILE] [--as-of DATE]
/// [--fail-on SEVERITY] [--allow-indeterminate] [--show-passes] [--include-drafts] [-v|--verbose] [--explain]</c>.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] s_formats = ["text", "json", "sarif", "junit", "markdown", "html"];
    private static readonly string[] s_severities = ["info", "low", "medium", "high", "critical"];

    /// <summary>The command; <paramref name="literal"/> are the arguments given after <c>--</c>, taken as paths even when they start with '-'.</summary>
    public static Command Create(IReadOnlySet<string>? literal = null)
    {
        var facilities = new Argument<string[]>("FACILITY")
        {
            Description = "A facility file, or a folder: every *.yaml, *.yml and *.json directly in it, in name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        facilities.Validators.Add(InputArguments.RejectUnknownOptions(literal));
        var rules = AuthoringOptions.Rules();
        var format = AuthoringOptions.Format(
            s_formats,
            "Report format: text (for people; colour on a terminal), json, sarif (SARIF 2.1.0), junit (JUnit XML), markdown (a PR comment or job summary), html (one self-contained page with a site plan).");
        var output = AuthoringOptions.Output("the report");
        var asOf = AuthoringOptions.AsOf("Judge effective dates as of this day (yyyy-MM-dd). Default: today (UTC).");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest severity of an enforced rule whose violation, indeterminate outcome or error fails the run (exit 1).",
            HelpName = "SEVERITY",
            DefaultValueFactory = _ => "low",
        };
        failOn.AcceptOnlyFromAmong(s_severities);
        var allowIndeterminate = new Option<bool>("--allow-indeterminate")
        {
            Description = "Do not fail the run on indeterminate outcomes (values the facility does not give).",
        };
        var showPasses = new Option<bool>("--show-passes")
        {
            Description = "List pass and not_applicable outcomes as findings too.",
        };
        var includeDrafts = new Option<bool>("--include-drafts")
        {
            Description = "Evaluate draft rules too.",
        };

        var waivers = new Option<string?>("--waivers")
        {
            Description = "A waiver file (a 'waivers:' list) applied besides the facilities' own waivers.",
            HelpName = "FILE",
        };
        waivers.Validators.Add(InputArguments.RejectEmptyPath("--waivers needs a waiver file, not an empty string."));
        var profile = AuthoringOptions.Profile("Tailor the rules with a profile: a built-in profile name (kr-hydrogen, jp-hydrogen, us-osha-ifc, …) or a profile file.");
        var language = AuthoringOptions.Language();
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Text report: print every piece of deciding evidence, what is missing, the citation and the facility line of each finding (default: a block of at most four lines per finding).",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Text report: print the full evidence trace of each finding (every requirement, comparison and table row the evaluation looked at).",
        };
        var noWaivers = new Option<bool>("--no-waivers")
        {
            Description = "Evaluate as if there were no waivers at all (an audit).",
        };

        var command = new Command("check", "Check facilities against the rules; exit 0 when compliant, 1 when not, 2 on bad input, 3 on an internal error.")
        {
            facilities, rules, format, output, asOf, failOn, allowIndeterminate, showPasses, includeDrafts, waivers, noWaivers, profile, language, verbose, explain,
        };

        command.SetAction(parseResult =>
        {
            var settings = new CheckSettings
            {
                Facilities = parseResult.GetValue(facilities) ?? [],
                Rules = parseResult.GetValue(rules) ?? [],
                Format = parseResult.GetValue(format) ?? "text",
                Output = parseResult.GetValue(output),
                AsOf = parseResult.GetValue(asOf),
                FailOn = ParseSeverity(parseResult.GetValue(failOn) ?? "low"),
                AllowIndeterminate = parseResult.GetValue(allowIndeterminate),
                ShowPasses = parseResult.GetValue(showPasses),
                IncludeDrafts = parseResult.GetValue(includeDrafts),
                Waivers = parseResult.GetValue(waivers),
                NoWaivers = parseResult.GetValue(noWaivers),
                Profile = parseResult.GetValue(profile),
                Language = parseResult.GetValue(language),
                TextDetail = parseResult.GetValue(explain) ? TextDetail.Explain
                    : parseResult.GetValue(verbose) ? TextDetail.Verbose
                    : TextDetail.Compact,
            };
            return Execute(settings, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>Loads everything, reports every load error (exit 2), evaluates in parallel, writes the report.</summary>
    public static int Execute(CheckSettings settings, TextWriter stdout, TextWriter stderr)
    {
        // Rules and every facility are loaded before anything is evaluated, so that all errors of all
        // files are reported together: the rules' first, then the facilities' in argument order. The rules are
        // loaded and compiled on another thread while the facilities are read (neither needs the other); a
        // failure of the compilation is rethrown here only once the load errors are written and there are none.
        var log = new LoadLog();
        var waiverLog = new LoadLog();
        var extraWaivers = settings.Waivers is null ? [] : InputLoader.LoadWaivers(settings.Waivers, waiverLog);
        var rulesLog = new LoadLog();
        var compiling = Task.Run(() =>
        {
            var rules = InputLoader.LoadRules(settings.Rules, rulesLog, evaluateOnly: true);
            if (rules is null || extraWaivers is null)
            {
                return (Engine: (ComplianceEngine?)null, Failure: (ExceptionDispatchInfo?)null);
            }

            try
            {
                return (ComplianceEngine.Create(rules, new EngineOptions
                {
                    AsOf = settings.AsOf,
                    IncludeDrafts = settings.IncludeDrafts,
                    Waivers = extraWaivers,
                    IgnoreWaivers = settings.NoWaivers,
                    Profile = settings.Profile,
                }), null);
            }
#pragma warning disable CA1031 // Rethrown below where the sequential code compiled, once the load errors are written.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return (null, ExceptionDispatchInfo.Capture(exception));
            }
        });
        var facilityLog = new LoadLog();
        var files = InputFiles.ResolveFacilities(settings.Facilities, facilityLog);
        var facilities = InputLoader.LoadFacilities(files, facilityLog);
        // A failure while loading the rules is thrown before anything is reported, as when they were loaded first.
        var (compiled, failure) = compiling.GetAwaiter().GetResult();
        log.Append(rulesLog);
        log.Append(facilityLog);
        log.Append(waiverLog);
        log.WriteTo(stderr);
        if (log.HasErrors || (compiled is null && failure is null) || facilities.Any(f => f is null) || extraWaivers is null)
        {
            return ExitCodes.BadInput;
        }

        failure?.Throw();
        var engine = compiled!;
        var loaded = facilities.Select(f => f!).ToArray();
        // One facility file named on the command line gives one JSON object; anything else (several
        // arguments, or a folder) gives an array, so a script reading a folder always gets an array.
        var single = settings.Facilities.Count == 1 && loaded.Length == 1 && File.Exists(settings.Facilities[0]);
        var colour = settings.Format == "text" && AuthoringOptions.IsStdout(settings.Output) && TerminalEnvironment.ColourFor(stdout);
        var progress = TerminalEnvironment.ProgressFor(stderr) && loaded.Length >= EvaluationProgress.Threshold;
        // JSON and plain text are written as the facilities finish, in name order (the bytes are those of the whole
        // report written at once); a progress bar on the terminal that also shows the report waits for the end.
        var stream = settings.Stream && settings.Format is "json" or "text" && !colour && !(progress && AuthoringOptions.IsStdout(settings.Output));
        var compliant = true;
        var options = new ReportOptions { ShowPasses = settings.ShowPasses, AllowIndeterminate = settings.AllowIndeterminate, Language = settings.Language, TextDetail = settings.TextDetail };
        var written = true;
        EvaluationProgress.Run(progress, loaded.Length, evaluated =>
        {
            if (stream)
            {
                // Each report is rendered on the worker that evaluated it and dropped there; the writer only copies
                // the rendered reports to the output in name order.
                var json = settings.Format == "json";
                StreamedReport EvaluateAndRender(int i)
                {
                    var report = engine.Evaluate(loaded[i]);
                    return new StreamedReport(
                        json ? JsonReportWriter.Render(report, options, element: !single) : null,
                        json ? null : TextReportWriter.ToText(report, options),
                        report.IsCompliant(settings.FailOn, settings.AllowIndeterminate),
                        LoadWarnings(report));
                }

                using var streamed = new OrderedEvaluation<StreamedReport>(loaded.Length, EvaluateAndRender, OrderedEvaluation.DefaultWorkers, 4 * OrderedEvaluation.DefaultWorkers, evaluated);
                IEnumerable<StreamedReport> TakenRendered()
                {
                    foreach (var report in streamed.InOrder())
                    {
                        foreach (var warning in report.LoadWarnings)
                        {
                            stderr.WriteLine(warning);
                        }

                        compliant &= report.Compliant;
                        yield return report;
                    }
                }

                written = ReportStreaming.Write(settings.Output, settings.Format, TakenRendered(), stdout, stderr);
                return;
            }

            using var evaluation = new OrderedEvaluation<ComplianceReport>(loaded.Length, i => engine.Evaluate(loaded[i]), OrderedEvaluation.DefaultWorkers, 4 * OrderedEvaluation.DefaultWorkers, evaluated);
            // Each report's load warnings (H2S05…) go to stderr as it is taken, in facility order.
            IEnumerable<ComplianceReport> Taken()
            {
                foreach (var report in evaluation.InOrder())
                {
                    foreach (var warning in LoadWarnings(report))
                    {
                        stderr.WriteLine(warning);
                    }

                    compliant &= report.IsCompliant(settings.FailOn, settings.AllowIndeterminate);
                    yield return report;
                }
            }

            var reports = Taken().ToArray();
            if (colour)
            {
                // For a person at a terminal: colour, summary first. Redirected, NO_COLOR or --output FILE: the plain text below.
                // The console library is given the real writer, so that it can tell the terminal's width.
                GuardedWriter.Guard("standard output", () => ColourTextReport.Write(
                    ColourTextReport.CreateConsole(GuardedWriter.Unwrap(stdout)), reports, new ReportOptions { ShowPasses = settings.ShowPasses, Language = settings.Language, TextDetail = settings.TextDetail }));
            }
            else
            {
                written = AuthoringOptions.Write(settings.Output, Render(settings, reports, single, engine.Rules, loaded), stdout, stderr, "check", "the report");
            }
        });

        if (!written)
        {
            return ExitCodes.BadInput;
        }

        return compliant ? ExitCodes.Success : ExitCodes.NotCompliant;
    }

    /// <summary>The report's load warnings (H2S05…), printed on stderr as it is taken.</summary>
    private static string[] LoadWarnings(ComplianceReport report) =>
        [.. report.Warnings.Where(w => w.Code.StartsWith("H2S05", StringComparison.Ordinal)).Select(w => w.ToString())];

    private static string Render(CheckSettings settings, ComplianceReport[] reports, bool single, RuleSet rules, Facilities.Facility[] facilities)
    {
        var options = new ReportOptions { ShowPasses = settings.ShowPasses, AllowIndeterminate = settings.AllowIndeterminate, Language = settings.Language, TextDetail = settings.TextDetail };
        return settings.Format switch
        {
            "json" when single => JsonReportWriter.ToJson(reports[0], options),
            "json" => JsonReportWriter.ToJson(reports, options),
            "sarif" => SarifReportWriter.ToSarif(reports, rules, facilities, options),
            "junit" => JUnitReportWriter.ToJUnit(reports, options),
            "markdown" => MarkdownReportWriter.ToMarkdown(reports, options),
            "html" => HtmlReportWriter.ToHtml(reports, facilities, options),
            _ => TextReportWriter.ToText(reports, options),
        };
    }

    private static Severity ParseSeverity(string word) => word switch
    {
        "info" => Severity.Info,
        "low" => Severity.Low,
        "medium" => Severity.Medium,
        "high" => Severity.High,
        "critical" => Severity.Critical,
        _ => throw new UsageException($"--fail-on '{word}' is not one of info, low, medium, high, critical.", $"{CliApp.ToolName} check"),
    };
}
