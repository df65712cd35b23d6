using FsCheck;
using Outcome = HydrogenSafety.Evaluation.Outcome;
using FsCheck.Fluent;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using HydrogenSafety.Tests.Reliability.Oracle;

namespace HydrogenSafety.Tests.Reliability;

/// <summary>
/// The differential oracle: random rules within the language and random facilities, evaluated by the NRules-compiled
/// <see cref="ComplianceEngine"/> and by <see cref="ReferenceInterpreter"/>, must give the same outcome for every binding.
/// H2SAFETY_PROPERTY_RUNS sets the number of cases (default 100; see docs/threat-model.md).
/// </summary>
[TestFixture]
public class DifferentialTests
{
    [Test]
    public void The_compiled_engine_agrees_with_the_reference_interpreter_on_every_binding()
    {
        var property = Prop.ForAll(Generators.Cases(), c => Compare(c));
        Check.One(PropertyRuns.Config(100), property);
    }

    /// <summary>Null when engine and oracle agree; else every disagreement, with the case to replay it.</summary>
    internal static string? Differences(DifferentialCase c)
    {
        RuleSet rules;
        try
        {
            rules = RuleSet.Parse(c.RulesYaml(), "generated.yaml");
        }
        catch (Diagnostics.LoadException e)
        {
            return $"the engine refused a generated rule file:\n{e.Message}\n{c}";
        }

        var engine = ComplianceEngine.Create(rules, new EngineOptions { AsOf = new DateOnly(2026, 1, 1) });
        var problems = new List<string>();
        foreach (var generated in c.Facilities)
        {
            var facility = Facility.Parse(generated.ToYaml(), "generated-facility.yaml");
            var report = engine.Evaluate(facility);
            var oracle = new ReferenceInterpreter(generated, DifferentialCase.Tables);
            foreach (var rule in c.Rules)
            {
                var findings = report.Findings.Where(f => f.RuleId == rule.Id).ToList();
                var duplicates = findings.GroupBy(f => f.BindingKey).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                if (duplicates.Count > 0)
                {
                    problems.Add($"{rule.Id}: the engine gave several findings for binding(s) {string.Join(" ", duplicates)}");
                    continue;
                }

                var actual = findings.ToDictionary(f => f.BindingKey, f => f.Outcome, StringComparer.Ordinal);
                var expected = oracle.Outcomes(rule);
                foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
                {
                    var e = expected.TryGetValue(key, out var eo) ? eo.ToString() : "(none)";
                    var a = actual.TryGetValue(key, out var ao) ? ao.ToString() : "(none)";
                    if (e != a)
                    {
                        var finding = findings.FirstOrDefault(f => f.BindingKey == key);
                        problems.Add($"{rule.Id} [{key}]: reference {e}, engine {a}{(finding?.Error is { } err ? " (" + err + ")" : string.Empty)}");
                    }
                }
            }

            if (problems.Count > 0)
            {
                return string.Join("\n", problems) + "\n--- case\n" + c.RulesYaml() + "--- facility\n" + generated.ToYaml();
            }
        }

        return null;
    }

    private static bool Compare(DifferentialCase c)
    {
        var differences = Differences(c);
        return differences is null ? true : throw new AssertionException(differences);
    }
}

/// <summary>The generators reach every outcome, so that agreement is not agreement on "indeterminate" alone.</summary>
[TestFixture]
public class DifferentialCoverageTests
{
    [Test]
    public void Generated_cases_reach_every_outcome()
    {
        var counts = new Dictionary<Outcome, int>();
        var random = new Random(20260601);
        for (var i = 0; i < 200; i++)
        {
            var c = Generators.Build(random, 50);
            foreach (var facility in c.Facilities)
            {
                var oracle = new ReferenceInterpreter(facility, DifferentialCase.Tables);
                foreach (var outcome in c.Rules.SelectMany(r => oracle.Outcomes(r).Values))
                {
                    counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                }
            }
        }

        TestContext.Out.WriteLine(string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")));
        counts.Keys.Should().Contain([Outcome.Pass, Outcome.Violation, Outcome.Indeterminate, Outcome.NotApplicable, Outcome.Error]);
        counts.Values.Min().Should().BeGreaterThan(20);
    }
}
