using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.RuleTests;

/// <summary>
/// The shape the shipped packs promise (issue 10): size per jurisdiction and stage, citations with a confidence (only
/// H enforced), and Korean / Japanese text on every national rule. (The share of enforced rules is reported by
/// `h2safety rules`; it is not yet two thirds, see docs/coverage.md.)
/// </summary>
public class BuiltInPackShapeTests
{
    private static IReadOnlyList<RuleDefinition> Rules => RuleSet.BuiltIn.Rules;

    private static int CountWithPrefix(string prefix) => Rules.Count(r => r.Id.StartsWith(prefix, StringComparison.Ordinal));

    [Test]
    public void The_packs_hold_at_least_160_rules_with_the_promised_share_per_jurisdiction()
    {
        Rules.Count.Should().BeGreaterThanOrEqualTo(160);
        CountWithPrefix("KR-").Should().BeGreaterThanOrEqualTo(50);
        CountWithPrefix("JP-").Should().BeGreaterThanOrEqualTo(40);
        CountWithPrefix("US-").Should().BeGreaterThanOrEqualTo(40);
        CountWithPrefix("INTL-").Should().BeGreaterThanOrEqualTo(30);
    }

    [TestCase(Stage.Production)]
    [TestCase(Stage.Storage)]
    [TestCase(Stage.Transport)]
    [TestCase(Stage.Utilization)]
    public void Every_stage_has_at_least_25_rules(Stage stage) =>
        Rules.Count(r => r.Stages.Contains(stage)).Should().BeGreaterThanOrEqualTo(25);

    [Test]
    public void Every_rule_cites_an_edition_and_clause_with_a_confidence_and_only_high_confidence_is_enforced()
    {
        foreach (var rule in Rules)
        {
            rule.Source.Edition.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Source.Clause.Should().NotBeNullOrWhiteSpace(rule.Id);
            rule.Source.Confidence.Should().NotBeNull(rule.Id);
            if (rule.Status == RuleStatus.Enforced)
                rule.Source.Confidence.Should().Be(SourceConfidence.High, rule.Id);
        }
    }

    [TestCase("KR-", "ko")]
    [TestCase("JP-", "ja")]
    public void Every_national_rule_has_its_language(string prefix, string language)
    {
        foreach (var rule in Rules.Where(r => r.Id.StartsWith(prefix, StringComparison.Ordinal)))
        {
            rule.Translations.Should().ContainKey(language, rule.Id);
            var text = rule.Translations[language];
            text.Title.Should().NotBeNullOrWhiteSpace(rule.Id);
            text.Remediation.Should().NotBeNullOrWhiteSpace(rule.Id);
            if (rule.Message is not null)
                text.Message.Should().NotBeNull(rule.Id);
        }
    }
}
