using HydrogenSafety.Diagnostics;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Rules;

public class TranslationAndConfidenceTests
{
    private static string Rule(string status, string confidence, string translations) => $$"""
        rules:
          - id: KR-T
            title: Vessel pressure is within its design pressure
            stage: storage
            severity: high
            status: {{status}}
            source: { document: "고압가스 안전관리법 시행규칙", edition: "2024", clause: "별표 4", confidence: {{confidence}} }
            for: { vessel: storage_vessel }
            require: "vessel.pressure <= vessel.design_pressure"
            message: "{vessel.id} at {vessel.pressure}"
            remediation: Lower the pressure.
        {{translations}}
        """;

    private const string Korean = """
            translations:
              ko:
                title: 저장탱크 압력은 설계압력 이하
                message: "{vessel.id}: 압력 {vessel.pressure}"
                remediation: 압력을 낮추십시오.
              ja: { title: 貯槽の圧力は設計圧力以下 }
        """;

    [Test]
    public void Translations_and_confidence_are_read()
    {
        var rules = RuleSet.Parse(Rule("enforced", "H", Korean), "r.yaml");

        var rule = rules.Rules.Should().ContainSingle().Subject;
        rule.Source.Confidence.Should().Be(SourceConfidence.High);
        rule.Translations.Keys.Should().Equal("ja", "ko");
        rule.Translations["ko"].Title.Should().Be("저장탱크 압력은 설계압력 이하");
        rule.Translations["ko"].Message!.Text.Should().Be("{vessel.id}: 압력 {vessel.pressure}");
        rule.Translations["ko"].Remediation.Should().Be("압력을 낮추십시오.");
        rule.Translations["ja"].Title.Should().Be("貯槽の圧力は設計圧力以下");
        rule.Translations["ja"].Message.Should().BeNull("a field left out falls back to English");
        rules.Warnings.Should().BeEmpty();
    }

    [Test]
    public void A_rule_without_translations_or_confidence_has_none()
    {
        var rule = RuleSet.Parse(Rule("enforced", "H", "").Replace(", confidence: H", ""), "r.yaml").Rules.Single();

        rule.Source.Confidence.Should().BeNull();
        rule.Translations.Should().BeEmpty();
    }

    [Test]
    public void A_translated_message_is_checked_like_the_english_one()
    {
        var yaml = Rule("enforced", "H", """
                translations:
                  ko: { message: "{presure_x(vessel)} 압력" }
            """);

        var error = FluentActions.Invoking(() => RuleSet.Parse(yaml, "r.yaml")).Should().Throw<LoadException>().Which;

        var d = error.Diagnostics.Should().ContainSingle(x => x.IsError).Subject;
        d.Code.Should().Be(DiagnosticCodes.UnknownFunction, "the placeholders of the Korean message are checked at load");
        d.Span.Line.Should().Be(13);
    }

    [TestCase("en", "rule's own text")]
    [TestCase("Korean", "not a language code")]
    public void English_and_non_codes_are_refused_as_languages(string language, string says)
    {
        var yaml = Rule("enforced", "H", $$"""
                translations:
                  {{language}}: { title: x }
            """);

        var error = FluentActions.Invoking(() => RuleSet.Parse(yaml, "r.yaml")).Should().Throw<LoadException>().Which;

        var d = error.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.InvalidValue);
        (d.Span.Line, d.Span.Column).Should().Be((13, 7));
        d.Message.Should().Contain(says);
    }

    [Test]
    public void An_unknown_field_in_a_translation_is_an_error()
    {
        var yaml = Rule("enforced", "H", """
                translations:
                  ko: { titel: x }
            """);

        var error = FluentActions.Invoking(() => RuleSet.Parse(yaml, "r.yaml")).Should().Throw<LoadException>().Which;

        error.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.UnknownField);
    }

    [Test]
    public void A_confidence_outside_H_M_L_is_an_error_with_a_suggestion()
    {
        var error = FluentActions.Invoking(() => RuleSet.Parse(Rule("advisory", "h", ""), "r.yaml")).Should().Throw<LoadException>().Which;

        var d = error.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.InvalidValue);
        d.Span.Line.Should().Be(7);
        d.Message.Should().Contain("H");
    }

    [TestCase("enforced", "M", true)]
    [TestCase("enforced", "L", true)]
    [TestCase("enforced", "H", false)]
    [TestCase("advisory", "M", false)]
    public void An_enforced_rule_below_confidence_H_is_warned_about(string status, string confidence, bool warned)
    {
        var rules = RuleSet.Parse(Rule(status, confidence, ""), "r.yaml");

        rules.Warnings.Any(w => w.Code == DiagnosticCodes.UnconfirmedEnforcedRule && w.Span.Line == 6).Should().Be(warned);
    }
}
