using HydrogenSafety.Profiles;
using HydrogenSafety.Rules;

namespace HydrogenSafety.Tests.Profiles;

/// <summary>The rule-set digest in a report covers what a profile changed, so one digest means one judgement.</summary>
public class ProfileDigestTests
{
    private const string Rules = """
        rules:
          - id: A
            title: a
            stage: storage
            severity: medium
            source: { document: T, clause: "1" }
            params: { limit: 10 MPa }
            for: storage_vessel
            require: "pressure <= params.limit"
          - id: B
            title: b
            stage: storage
            severity: high
            source: { document: T, clause: "2" }
            for: storage_vessel
            require: "has_prd"
        """;

    private static string DigestWith(string profileYaml) =>
        RuleSet.Parse(Rules, "rules.yaml").Tailor(Profile.Parse(profileYaml, "p.yaml")).Digest;

    [Test]
    public void A_profile_that_changes_nothing_keeps_the_digest_and_one_that_does_changes_it()
    {
        var plain = RuleSet.Parse(Rules, "rules.yaml").Digest;

        DigestWith("profile: same\ntitle: t\n").Should().Be(plain);
        var severity = DigestWith("profile: s\ntitle: t\noverrides:\n  A: { severity: critical }\n");
        var parameter = DigestWith("profile: p\ntitle: t\noverrides:\n  A: { params: { limit: 20 MPa } }\n");
        var excluded = DigestWith("profile: e\ntitle: t\nexclude:\n  - ids: [B]\n");

        new[] { plain, severity, parameter, excluded }.Should().OnlyHaveUniqueItems();
        DigestWith("profile: s2\ntitle: t\noverrides:\n  A: { severity: critical }\n").Should().Be(severity, "the same tailoring gives the same digest");
    }
}
