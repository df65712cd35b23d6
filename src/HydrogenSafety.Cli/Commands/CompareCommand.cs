using System.CommandLine;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety compare FACILITY --profiles A,B[,C] [--rules PATH]... [--format text|markdown|json]
/// [--group-by tag|stage] [--all] [--as-of DATE] [--keep-jurisdiction]</c>: evaluates one facility under
/// several profiles and prints, topic by topic (a rule's first tag, or its first stage), what each profile
/// requires of the facility (rule, title, requirement) and the outcome under each, side by side.
/// </summary>
/// <remarks>
/// The facility's own <c>jurisdiction</c> is set aside by default: a KR facility would otherwise leave out
/// every JP rule, and the question asked here is what each profile's rules would require of it.
/// </remarks>
internal static partial class CompareCommand
{
    /// <summary>The command; <paramref name="literal"/> are the arguments given after <c>--</c>, taken as paths even when they start with '-'.</summary>
    public static Command Create(IReadOnlySet<string>? literal = null)
    {
        var facility = new Argument<string>("FACILITY")
        {
            Description = "One facility file.",
        };
        facility.Validators.Add(InputArguments.RejectUnknownOptions(literal));
        var profiles = new Option<string>("--profiles")
        {
            Description = "Two or more profiles, comma-separated: built-in names or profile files, e.g. kr-hydrogen,jp-hydrogen.",
            HelpName = "A,B[,C]",
            Required = true,
        };
        var rules = AuthoringOptions.Rules();
        var format = AuthoringOptions.Format("text", "markdown", "json");
        var output = AuthoringOptions.Output("the comparison");
        var asOf = AuthoringOptions.AsOf();
        var groupBy = new Option<string>("--group-by")
        {
            Description = "Group rules into topics by their first tag (stage when untagged), or by their first stage.",
            DefaultValueFactory = _ => "tag",
        };
        groupBy.AcceptOnlyFromAmong("tag", "stage");
        var all = new Option<bool>("--all")
        {
            Description = "Also list selected rules that do not apply to this facility (not applicable under every profile).",
        };
        var keepJurisdiction = new Option<bool>("--keep-jurisdiction")
        {
            Description = "Keep the facility's jurisdiction, so that rules of other jurisdictions are left out under every profile.",
        };
        var language = AuthoringOptions.Language();
        var command = new Command("compare", "Evaluate one facility under several profiles and show, topic by topic, what each requires and the outcome under each.")
        {
            facility, profiles, rules, format, output, asOf, groupBy, all, keepJurisdiction, language,
        };
        command.SetAction(parseResult => Execute(
            new CompareSettings
            {
                Facility = parseResult.GetValue(facility)!,
                Profiles = (parseResult.GetValue(profiles) ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Rules = parseResult.GetValue(rules) ?? [],
                Format = parseResult.GetValue(format) ?? "text",
                Output = parseResult.GetValue(output),
                AsOf = parseResult.GetValue(asOf),
                GroupBy = parseResult.GetValue(groupBy) ?? "tag",
                All = parseResult.GetValue(all),
                KeepJurisdiction = parseResult.GetValue(keepJurisdiction),
                Language = parseResult.GetValue(language),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Loads, evaluates under each profile, writes the comparison; exit 0, or 2 on bad input.</summary>
    public static int Execute(CompareSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var commandPath = $"{CliApp.ToolName} compare";
        if (settings.Profiles.Count < 2)
        {
            throw new UsageException("--profiles needs two or more profiles separated by commas, e.g. kr-hydrogen,jp-hydrogen.", commandPath);
        }

        if (settings.Profiles.Distinct(StringComparer.Ordinal).Count() != settings.Profiles.Count)
        {
            throw new UsageException("--profiles names a profile twice.", commandPath);
        }

        if (Directory.Exists(settings.Facility))
        {
            throw new UsageException($"'{settings.Facility}' is a folder; compare takes one facility file.", commandPath);
        }

        var log = new LoadLog();
        var rules = InputLoader.LoadRules(settings.Rules, log, evaluateOnly: true);
        var files = InputFiles.ResolveFacilities([settings.Facility], log);
        var loaded = InputLoader.LoadFacilities(files, log);
        var engines = new List<ComplianceEngine>();
        if (rules is not null)
        {
            foreach (var profile in settings.Profiles)
            {
                try
                {
                    engines.Add(ComplianceEngine.Create(rules, new EngineOptions { Profile = profile, AsOf = settings.AsOf }));
                }
                catch (LoadException exception)
                {
                    log.Add(exception);
                }
            }
        }

        log.WriteTo(stderr);
        if (log.HasErrors || rules is null || loaded is not [{ } facility] || engines.Count != settings.Profiles.Count)
        {
            return ExitCodes.BadInput;
        }

        var evaluated = settings.KeepJurisdiction || facility.Jurisdiction is null ? facility : WithoutJurisdiction(facility);
        var columns = engines.Select((engine, i) => new Column(
            settings.Profiles[i],
            Profiles.Profile.Resolve(settings.Profiles[i]),
            engine.Rules,
            engine.Evaluate(evaluated))).ToList();
        var comparison = Build(columns, settings);
        var text = settings.Format switch
        {
            // Ids, titles and requirements come from input files: control characters are escaped (JSON escapes its own).
            "markdown" => PrintableText.Of(Markdown(comparison, facility, settings)),
            "json" => Json(comparison, facility, settings),
            _ => PrintableText.Of(Text(comparison, facility, settings)),
        };
        return AuthoringOptions.Write(settings.Output, text, stdout, stderr, "compare") ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static Facility WithoutJurisdiction(Facility facility) => new()
    {
        Id = facility.Id,
        Name = facility.Name,
        Jurisdiction = null,
        Type = facility.Type,
        Attributes = facility.Attributes,
        Components = facility.Components,
        Distances = facility.Distances,
        Waivers = facility.Waivers,
        File = facility.File,
        Span = facility.Span,
        Warnings = facility.Warnings,
    };
}
