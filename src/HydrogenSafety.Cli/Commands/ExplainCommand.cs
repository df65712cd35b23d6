using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HydrogenSafety.Cli.Inputs;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Cli.Commands;

/// <summary>
/// <c>h2safety explain RULE-ID [--rules PATH]... [--profile NAME|FILE]</c>: one rule in words a safety
/// engineer reads: title, metadata, citation, subjects, applicability, requirement, parameters, the
/// tables it looks up with their bands, message, remediation and its test cases. An unknown id is exit 2
/// with a "did you mean".
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("RULE-ID")
        {
            Description = "The rule id, e.g. KR-HPG-PROTECTED-FACILITY-DIST (see 'h2safety rules').",
        };
        var rules = AuthoringOptions.Rules();
        var profile = AuthoringOptions.Profile("Show the rule as a profile tailors it (severity, parameters) and whether the profile selects it.");
        var language = AuthoringOptions.Language();
        var command = new Command("explain", "Explain a rule in words: subjects, applicability, requirement, tables, citation, remediation, tests.")
        {
            id, rules, profile, language,
        };
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(id)!,
            parseResult.GetValue(rules) ?? [],
            parseResult.GetValue(profile),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            parseResult.GetValue(language)));
        return command;
    }

    /// <summary>Loads the rules, finds the rule (exit 2 with suggestions when unknown) and prints it.</summary>
    public static int Execute(string id, IReadOnlyList<string> rulePaths, string? profileName, TextWriter stdout, TextWriter stderr,
        Reporting.ReportLanguage language = Reporting.ReportLanguage.English)
    {
        var log = new LoadLog();
        var (rules, profile) = InputLoader.LoadTailoredRules(rulePaths, profileName, log);

        log.WriteTo(stderr);
        if (log.HasErrors || rules is null)
        {
            return ExitCodes.BadInput;
        }

        var rule = rules.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (rule is null)
        {
            var near = AuthoringText.NearIds(id, rules.Rules.Select(r => r.Id));
            var where = rulePaths.Count == 0 ? "the built-in rules" : "the rules loaded";
            // The id is echoed as typed and the suggestions come from rule files: control characters are escaped.
            stderr.WriteLine(PrintableText.Of($"error {DiagnosticCodes.Usage}: no rule has the id '{id}' in {where}{AuthoringText.DidYouMean(near)}"));
            stderr.WriteLine($"Run '{CliApp.ToolName} rules' to list the rules.");
            return ExitCodes.BadInput;
        }

        stdout.Write(PrintableText.Of(Explain(rule, rules, profile, language)));
        return ExitCodes.Success;
    }

    /// <summary>The explanation text of one rule.</summary>
    /// <remarks>
    /// In Korean or Japanese the title, message and remediation come from the rule's translation (English per missing
    /// field), with the English title under the translated one; the explanation's own words are in the language too
    /// (<see cref="ExplainWords"/>), while expressions, ids, attribute names and citations are printed as written.
    /// </remarks>
    public static string Explain(RuleDefinition rule, RuleSet rules, Profile? profile, Reporting.ReportLanguage language = Reporting.ReportLanguage.English)
    {
        var code = Reporting.ReportLanguages.Code(language);
        var words = Reporting.ReportLanguages.Strings(language);
        var w = ExplainWords.For(language);
        var english = language == Reporting.ReportLanguage.English;
        var sb = new StringBuilder();
        var title = rule.TitleIn(code);
        sb.Append(CultureInfo.InvariantCulture, $"{rule.Id} ({w.Version} {rule.Version})\n{title}\n");
        if (!string.Equals(title, rule.Title, StringComparison.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"({rule.Title})\n");
        }

        sb.Append('\n');
        var tailored = profile is null ? string.Empty : ExplainWords.Fill(w.TailoredBy, profile.Name);
        Field(sb, w.Status, StatusInWords(rule.Status, w));
        Field(sb, w.Severity, (english ? AuthoringText.Word(rule.Severity) : words.Severity(rule.Severity)) + tailored);
        Field(sb, w.Stages, english ? AuthoringText.Stages(rule.Stages) : string.Join(", ", rule.Stages.Select(words.Stage)));
        Field(sb, w.Jurisdictions, rule.Jurisdictions is { Count: > 0 } list ? string.Join(", ", list) : w.Everywhere);
        Field(sb, w.InEffect, Effective(rule, w));
        if (rule.Tags.Count > 0)
        {
            Field(sb, w.Tags, string.Join(", ", rule.Tags));
        }

        if (profile is not null)
        {
            Field(sb, w.Profile, ExplainWords.Fill(rules.Excluded.Contains(rule.Id) ? w.LeftOutBy : w.SelectedBy, profile.Name));
        }

        Field(sb, w.Source, AuthoringText.OneLine(AuthoringText.Citation(rule.Source)));
        if (rule.Source.Url is { Length: > 0 } url)
        {
            Field(sb, string.Empty, url);
        }

        Field(sb, w.DefinedIn, rule.Span.ToString());

        sb.Append('\n').Append(w.AppliesTo).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"  {Capitalise(AuthoringText.SubjectsPhrase(rule, words))}{w.FullStop}\n");
        if (rule.When is { } when)
        {
            sb.Append("  ").Append(w.OnlyWhen).Append('\n');
            AuthoringText.WriteIndented(sb, when.Text, "    ");
            sb.Append("  ").Append(w.Otherwise).Append('\n');
        }
        else
        {
            sb.Append("  ").Append(w.Always).Append('\n');
        }

        sb.Append('\n').Append(w.Requirement).Append('\n');
        if (rule.Require.Count == 1)
        {
            AuthoringText.WriteIndented(sb, rule.Require[0].Text, "  ");
        }
        else
        {
            sb.Append("  ").Append(w.AllOf).Append('\n');
            for (var i = 0; i < rule.Require.Count; i++)
            {
                var lines = rule.Require[i].Text.Trim().Split('\n');
                sb.Append(CultureInfo.InvariantCulture, $"  {AuthoringText.Number(i + 1)}. {lines[0].TrimEnd()}\n");
                foreach (var line in lines.Skip(1))
                {
                    sb.Append("     ").Append(line.TrimEnd()).Append('\n');
                }
            }
        }

        sb.Append("  ").Append(w.MissingIsIndeterminate).Append('\n');
        if (rule.Params.Count > 0)
        {
            sb.Append('\n').Append(w.Parameters).Append(profile is null ? w.MayOverride : tailored).Append('\n');
            foreach (var (name, value) in rule.Params)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  params.{name} = {value}\n");
            }
        }

        var tables = TablesUsed(rule, rules).ToList();
        if (tables.Count > 0)
        {
            sb.Append('\n').Append(w.Tables).Append('\n');
            var texts = string.Join("\n", ExpressionTexts(rule));
            foreach (var table in tables)
            {
                AppendTable(sb, table, texts, w);
            }
        }

        if (rule.MessageIn(code) is { } message)
        {
            sb.Append('\n').Append(w.Message).Append('\n');
            AuthoringText.WriteIndented(sb, message.Text, "  ");
        }

        sb.Append('\n').Append(w.Remediation).Append('\n');
        AuthoringText.WriteIndented(sb, rule.RemediationIn(code) ?? w.NoneGiven, "  ");

        sb.Append('\n').Append(ExplainWords.Fill(w.Tests, AuthoringText.Number(rule.Tests.Count), CliApp.ToolName)).Append('\n');
        if (rule.Tests.Count == 0)
        {
            sb.Append("  ").Append(w.NoTests).Append('\n');
        }

        foreach (var test in rule.Tests)
        {
            var expectations = string.Join(", ", test.Expect.Select(e => $"{e.Key} → {(english ? OutcomeNames.Of(e.Value) : words.Outcome(e.Value))}"));
            sb.Append(CultureInfo.InvariantCulture, $"  - {test.Name}: {w.Expects} {expectations}");
            if (test.Applicable is { } n)
            {
                sb.Append(CultureInfo.InvariantCulture, $" ({w.Bindings(n)})");
            }

            sb.Append('\n');
            sb.Append("      ").Append(FacilityInWords(test.Facility, w)).Append('\n');
        }

        return sb.ToString();
    }

    private static string StatusInWords(RuleStatus status, ExplainWords w) => status switch
    {
        RuleStatus.Enforced => w.Enforced,
        RuleStatus.Advisory => w.Advisory,
        _ => w.Draft,
    };

    /// <summary>The effective dates in words (English: <see cref="AuthoringText.Effective"/>).</summary>
    private static string Effective(RuleDefinition rule, ExplainWords w) => (rule.EffectiveFrom, rule.EffectiveUntil) switch
    {
        ({ } from, { } until) => ExplainWords.Fill(w.FromUntil, AuthoringText.Date(from), AuthoringText.Date(until)),
        ({ } from, null) => ExplainWords.Fill(w.From, AuthoringText.Date(from)),
        (null, { } until) => ExplainWords.Fill(w.Until, AuthoringText.Date(until)),
        _ => w.NoDates,
    };

    // Labels pad to 15 terminal columns (a Hangul or kana character takes two).
    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append(Reporting.DisplayWidth.PadRight(name.Length == 0 ? string.Empty : name + ":", 15)).Append(value).Append('\n');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The tables the rule calls in its expressions (<c>name(…)</c>), in declaration order.</summary>
    public static IEnumerable<LookupTable> TablesUsed(RuleDefinition rule, RuleSet rules)
    {
        var texts = ExpressionTexts(rule).ToList();
        return rules.Tables.Where(t => texts.Any(text => Regex.IsMatch(text, $@"(?<![A-Za-z0-9_.]){Regex.Escape(t.Name)}\s*\(", RegexOptions.CultureInvariant)));
    }

    private static IEnumerable<string> ExpressionTexts(RuleDefinition rule) =>
        rule.Require.Select(r => r.Text)
            .Concat(rule.Subjects.Where(s => s.Where is not null).Select(s => s.Where!.Text))
            .Append(rule.When?.Text ?? string.Empty)
            .Append(rule.Message?.Text ?? string.Empty);

    /// <summary>The table's bands; only the columns the rule names (<c>.column</c>) when it names any.</summary>
    private static void AppendTable(StringBuilder sb, LookupTable table, string texts, ExplainWords w)
    {
        sb.Append(CultureInfo.InvariantCulture, $"  {table.Name}(key).column, {w.TableKey}: {DimensionWord(table)}");
        if (table.Source is { } source)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; {w.TableSource}: {AuthoringText.OneLine(AuthoringText.Citation(source))}");
        }

        sb.Append('\n');
        var columns = table.Rows.Count == 0 ? [] : table.Rows[0].Columns.Keys.ToList();
        var used = columns.Where(c => Regex.IsMatch(texts, $@"\)\s*\.{Regex.Escape(c)}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)).ToList();
        if (used.Count > 0 && used.Count < columns.Count)
        {
            sb.Append("    ").Append(ExplainWords.Fill(w.ColumnsRead, AuthoringText.Number(columns.Count))).Append('\n');
            columns = used;
        }

        var rows = table.Rows.Select(r => columns.Select(c => r.Columns.TryGetValue(c, out var v) ? v.ToString() : string.Empty).Prepend(w.BandOf(r)).ToArray()).ToList();
        var header = columns.Prepend(w.Band).ToArray();

        // English pads by characters as it always has; Korean and Japanese by terminal columns.
        Func<string, int> width = ReferenceEquals(w, ExplainWords.English) ? text => text.Length : Reporting.DisplayWidth.Of;
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => width(r[i])).Append(width(header[i])).Max()).ToList();
        foreach (var row in rows.Prepend(header))
        {
            sb.Append("    ");
            for (var i = 0; i < row.Length; i++)
            {
                sb.Append(i == row.Length - 1 ? row[i] : row[i] + new string(' ', widths[i] + 2 - width(row[i])));
            }

            sb.Append('\n');
        }

        if (table.GapsAllowed)
        {
            sb.Append("    ").Append(w.GapsAllowed).Append('\n');
        }

        sb.Append("    ").Append(w.OutsideEveryBand).Append('\n');
    }

    private static string DimensionWord(LookupTable table) => table.KeyDimension switch
    {
        Units.Dimension.Dimensionless => "number",
        Units.Dimension.MassFlow => "mass flow",
        Units.Dimension.HeatFlux => "heat flux",
        var d => d.ToString().ToLowerInvariant(),
    };

    /// <summary>A test facility in one line: header facts, components with their attributes, measured distances.</summary>
    private static string FacilityInWords(Facility facility, ExplainWords w)
    {
        var parts = new List<string>();
        var header = new List<string>();
        if (facility.Type is { } type)
        {
            header.Add($"{w.Type} {type}");
        }

        if (facility.Jurisdiction is { } jurisdiction)
        {
            header.Add($"{w.Jurisdiction} {jurisdiction}");
        }

        header.AddRange(facility.Attributes.Select(a => $"{a.Key} {a.Value}"));
        if (header.Count > 0)
        {
            parts.Add($"{w.FacilityFacts}: " + string.Join(", ", header));
        }

        var components = facility.Components.Select(c =>
        {
            var facts = new List<string> { c.Kind };
            if (c.Area is { } area)
            {
                facts.Add($"{w.Area} {area}");
            }

            facts.AddRange(c.Attributes.Select(a => $"{a.Key} {a.Value}"));
            if (c.Position is { } p)
            {
                facts.Add(p.Z == 0 ? $"{w.At} [{Coordinate(p.X)}, {Coordinate(p.Y)}]" : $"{w.At} [{Coordinate(p.X)}, {Coordinate(p.Y)}, {Coordinate(p.Z)}]");
            }

            return $"{c.Id} ({string.Join(", ", facts)})";
        }).ToList();
        parts.Add(components.Count == 0 ? w.NoComponents : string.Join("; ", components));
        if (facility.Distances.Count > 0)
        {
            parts.Add($"{w.Measured}: " + string.Join(", ", facility.Distances.Select(d => $"{d.First}–{d.Second} {d.Distance}")));
        }

        return string.Join(" | ", parts);
    }

    private static string Coordinate(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
