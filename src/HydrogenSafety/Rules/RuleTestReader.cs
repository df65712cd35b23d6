using HydrogenSafety.Diagnostics;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Words;
using HydrogenSafety.Yaml;

namespace HydrogenSafety.Rules;

/// <summary>Reads a rule's <c>tests:</c>: each case's name, facility (inline or a path next to the rule file), expect and applicable.</summary>
internal static class RuleTestReader
{
    private static readonly string[] Fields = ["name", "facility", "expect", "applicable"];

    private static readonly IReadOnlyDictionary<string, Outcome> Outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal)
    {
        ["pass"] = Outcome.Pass,
        ["violation"] = Outcome.Violation,
        ["indeterminate"] = Outcome.Indeterminate,
        ["waived"] = Outcome.Waived,
        ["not_applicable"] = Outcome.NotApplicable,
        ["error"] = Outcome.Error,
    };

    /// <summary>How the rule under test binds: needed to check the <c>expect</c> keys.</summary>
    /// <param name="IsFacilityRule">True for a facility-level rule (key <c>facility</c>).</param>
    /// <param name="SubjectNames">The subject names in order; <c>null</c> when <c>for</c> could not be read.</param>
    public sealed record Binding(bool IsFacilityRule, IReadOnlyList<string>? SubjectNames);

    /// <summary>Where the rule file is and how to open files next to it.</summary>
    /// <param name="Source">Resolves and reads files named in the rule file.</param>
    /// <param name="Limits">Limits for those files.</param>
    /// <param name="SkipTests">True to leave every <c>tests:</c> block unread (its rules get no tests): only for the
    /// built-in packs when the caller evaluates and never runs or lists the tests (<see cref="RuleSet.BuiltInForEvaluation"/>).</param>
    public sealed record Files(RuleFileSource Source, YamlLimits Limits, bool SkipTests = false);

    /// <summary>Reads every test case of a <c>tests:</c> list.</summary>
    public static IReadOnlyList<RuleTestCase> ReadAll(YamlNode node, Binding binding, Files files, YamlReadContext context)
    {
        var cases = new List<RuleTestCase>();
        if (context.Sequence(node, "tests") is not { } list)
        {
            return cases;
        }

        var firstByName = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (context.Mapping(item, "tests") is not { } map || Read(map, binding, files, context) is not { } testCase)
            {
                continue;
            }

            if (firstByName.TryGetValue(testCase.Name, out var first))
            {
                context.Error(DiagnosticCodes.InvalidRuleTest, testCase.Span, $"two tests of this rule are named `{testCase.Name}` (first at {first})");
                continue;
            }

            firstByName.Add(testCase.Name, testCase.Span);
            cases.Add(testCase);
        }

        return cases;
    }

    private static RuleTestCase? Read(YamlMapping map, Binding binding, Files files, YamlReadContext context)
    {
        var errors = context.ErrorCount;
        var fields = YamlFields.Read(map, context, "a rule test", Fields);
        var name = fields.Required("name") is { } nameNode ? context.Text(nameNode, "name") : null;
        var facility = fields.Required("facility") is { } facilityNode ? ReadFacility(facilityNode, name, files, context) : null;
        var expect = fields.Required("expect") is { } expectNode ? ReadExpect(expectNode, binding, facility, context) : null;
        var applicable = fields.Get("applicable") is { } applicableNode ? context.Count(applicableNode, "applicable") : null;
        if (context.ErrorCount != errors || name is null || facility is null || expect is null)
        {
            return null;
        }

        return new RuleTestCase
        {
            Name = name,
            Facility = facility,
            Expect = expect,
            Applicable = applicable,
            Span = SourceSpan.At(map.Span.File, map.Span.Line, map.Span.Column),
        };
    }

    private static Facility? ReadFacility(YamlNode node, string? testName, Files files, YamlReadContext context)
    {
        if (node is YamlMapping)
        {
            return FacilityDocumentReader.Read(node, context, testName ?? FacilityLoader.DefaultId(context.File), inTest: true);
        }

        if (context.Scalar(node, "facility") is not { } path)
        {
            return null;
        }

        var resolved = files.Source.Resolve(context.File, path.Value);
        var text = files.Source.ReadText(resolved, files.Limits, out var problem);
        if (text is null)
        {
            context.Error(problem!.Code, path.Span, $"the test facility `{path.Value}` cannot be read: {problem.Message}");
            return null;
        }

        var result = FacilityLoader.Read(text, resolved, files.Limits, inTest: true);
        context.AddRange(result.Diagnostics);
        return result.Facility;
    }

    private static Dictionary<string, Outcome>? ReadExpect(YamlNode node, Binding binding, Facility? facility, YamlReadContext context)
    {
        if (context.Mapping(node, "expect") is not { } map)
        {
            return null;
        }

        var errors = context.ErrorCount;
        var expect = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var key = CheckKey(entry.Key, binding, facility, context);
            var outcome = context.OneOf(entry.Value, entry.Name, Outcomes);
            if (key is not null && outcome is { } value && !expect.TryAdd(key, value))
            {
                context.Error(DiagnosticCodes.DuplicateKey, entry.Key.Span, $"the binding `{key}` is expected twice");
            }
        }

        return context.ErrorCount == errors ? expect : null;
    }

    /// <summary>The key normalised (<c>V, I</c> → <c>V,I</c>), after checking it against the rule's subjects and the facility.</summary>
    private static string? CheckKey(YamlScalar key, Binding binding, Facility? facility, YamlReadContext context)
    {
        if (binding.IsFacilityRule)
        {
            if (string.Equals(key.Value, "facility", StringComparison.Ordinal))
            {
                return key.Value;
            }

            context.Error(DiagnosticCodes.InvalidRuleTest, key.Span, $"a facility-level rule has one binding, `facility`, not `{key.Value}`");
            return null;
        }

        var ids = key.Value.Split(',').Select(part => part.Trim()).ToList();
        if (binding.SubjectNames is { } names && (ids.Count != names.Count || ids.Any(id => id.Length == 0)))
        {
            context.Error(DiagnosticCodes.InvalidRuleTest, key.Span,
                $"`{key.Value}` must name {names.Count} component(s), one per subject in the order of `for` ({string.Join(", ", names)}), separated by commas");
            return null;
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            context.Error(DiagnosticCodes.InvalidRuleTest, key.Span, $"`{key.Value}` names a component twice; a component never binds twice in one binding");
            return null;
        }

        if (facility is not null)
        {
            var known = facility.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids.Where(id => !known.Contains(id)))
            {
                context.Error(DiagnosticCodes.InvalidRuleTest, key.Span,
                    $"`{id}` is not a component of the test facility{NameSuggester.DidYouMean(id, known)}");
                return null;
            }
        }

        return string.Join(',', ids);
    }
}
