using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using HydrogenSafety.Reporting;

namespace HydrogenSafety.Cli.Commands;

/// <summary>Options shared by the rule-authoring commands, spelled as <c>check</c> spells them.</summary>
internal static class AuthoringOptions
{
    /// <summary><c>--rules PATH</c>, repeatable; default the built-in rule packs.</summary>
    public static Option<string[]> Rules()
    {
        var rules = new Option<string[]>("--rules")
        {
            Description = "A rule file or folder (repeat for several). Default: the built-in rule packs.",
            HelpName = "PATH",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        rules.Validators.Add(result =>
        {
            if (result.Tokens.Count < result.IdentifierTokenCount)
            {
                result.AddError("--rules needs a rule file or folder after each use.");
            }
        });
        rules.Validators.Add(InputArguments.RejectEmptyPath("--rules needs a rule file or folder, not an empty string."));
        return rules;
    }

    /// <summary><c>--profile NAME|FILE</c>; an empty value is a usage error.</summary>
    public static Option<string?> Profile(string description)
    {
        var profile = new Option<string?>("--profile")
        {
            Description = description,
            HelpName = "NAME|FILE",
        };
        profile.Validators.Add(InputArguments.RejectEmptyPath("--profile needs a built-in profile name or a profile file, not an empty string."));
        return profile;
    }

    /// <summary><c>--as-of DATE</c> (yyyy-MM-dd).</summary>
    public static Option<DateOnly?> AsOf(string description = "Judge effective dates and `today` as of this day (yyyy-MM-dd). Default: today (UTC).") => new("--as-of")
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = ParseDate,
    };

    /// <summary>
    /// <c>--lang en|ko|ja</c>: the language of rule titles, messages and remediations (from the rules' translations,
    /// English per missing field) and of the report's own words. An unknown language is a usage error (exit 2).
    /// </summary>
    public static Option<ReportLanguage> Language() => new("--lang")
    {
        Description = "Language of the output: en (default), ko (Korean) or ja (Japanese). Rules' translations are used, English where a field has none.",
        HelpName = "en|ko|ja",
        DefaultValueFactory = _ => ReportLanguage.English,
        CustomParser = ParseLanguage,
    };

    /// <summary>The <c>--output</c> value that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary><c>--output FILE</c> / <c>-o</c>; <c>-</c> is standard output, an empty name is a usage error.</summary>
    public static Option<string?> Output(string what)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"Write {what} to this file instead of stdout ('-': stdout).",
            HelpName = "FILE",
        };
        output.Validators.Add(InputArguments.RejectEmptyPath("--output needs a file name ('-' for standard output), not an empty string."));
        return output;
    }

    /// <summary>True when <paramref name="output"/> (the <c>--output</c> value) means standard output: not given, or <c>-</c>.</summary>
    public static bool IsStdout(string? output) => output is null or StandardOutput;

    /// <summary><c>--format</c> with the given choices, the first the default.</summary>
    public static Option<string> Format(params string[] formats) => Format(formats, "Output format.");

    /// <summary><c>--format</c> with the given choices, the first the default, and its own description.</summary>
    public static Option<string> Format(string[] formats, string description)
    {
        var format = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>
    /// Writes <paramref name="text"/> to stdout, or to <paramref name="output"/> (UTF-8 without BOM); false after
    /// reporting in one line when the file cannot be written (a failing stdout is reported by <see cref="Output.GuardedWriter"/>).
    /// </summary>
    /// <param name="output">The file, or null or <c>-</c> for stdout.</param>
    /// <param name="text">What to write.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Where the error goes when the file cannot be written.</param>
    /// <param name="command">The command's name, for the usage line of the error.</param>
    /// <param name="what">What is written, as the error names it (<c>cannot write the report to …</c>); null: not named.</param>
    public static bool Write(string? output, string text, TextWriter stdout, TextWriter stderr, string command, string? what = null)
    {
        if (output is null || IsStdout(output))
        {
            stdout.Write(text);
            return true;
        }

        try
        {
            File.WriteAllText(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ErrorReporter.OutputFailure(stderr, $"cannot write {(what is null ? string.Empty : what + " ")}to '{output}': {exception.Message}");
            return false;
        }
    }

    private static ReportLanguage ParseLanguage(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (ReportLanguages.TryParse(token, out var language))
        {
            return language;
        }

        result.AddError($"--lang '{token}' is not a supported language: use {string.Join(", ", ReportLanguages.Codes)} (en: English, ko: Korean, ja: Japanese).");
        return ReportLanguage.English;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of '{token}' is not a date of the form yyyy-MM-dd.");
        return null;
    }
}
