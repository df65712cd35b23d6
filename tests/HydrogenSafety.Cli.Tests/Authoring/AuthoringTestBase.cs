namespace HydrogenSafety.Cli.Tests.Authoring;

/// <summary>Rules, profiles and facilities shared by the tests of the rule-authoring commands.</summary>
public abstract class AuthoringTestBase : CliTestBase
{
    /// <summary>A Korean separation rule with a table, a parameter and three tests (pass, violation, indeterminate).</summary>
    protected const string KoreanRule = """
        tables:
          t_sep:
            source: { document: Test Code, edition: "2025", clause: "Table 9" }
            key: pressure
            rows:
              - { upto: 10 MPa, intake: 5 m, lot_line: 2 m }
              - { over: 10 MPa, intake: 9 m, lot_line: 4 m }
        rules:
          - id: KR-T-SEP
            title: Storage vessels are separated from air intakes
            stage: storage
            severity: high
            version: 1.2.0
            status: enforced
            effective: { from: 2024-01-01 }
            jurisdictions: [KR]
            source: { document: Test Code, edition: "2025", clause: "7.3.2", url: "https://example.org/test-code" }
            tags: [separation, intake]
            params: { margin: 0 m }
            for:
              vessel: storage_vessel
              intake: air_intake
            when: "vessel.phase == 'gas'"
            require: "distance(vessel, intake) >= t_sep(vessel.pressure).intake + params.margin"
            message: "{vessel.id} is {distance(vessel, intake)} from {intake.id}"
            remediation: Move the intake away from the vessel.
            tests:
              - name: too close
                facility: { components: [ {id: V, kind: storage_vessel, phase: gas, pressure: 20 MPa, position: [0, 0]}, {id: I, kind: air_intake, position: [5, 0]} ] }
                expect: { "V,I": violation }
              - name: far enough
                facility: { components: [ {id: V, kind: storage_vessel, phase: gas, pressure: 20 MPa, position: [0, 0]}, {id: I, kind: air_intake, position: [10, 0]} ] }
                expect: { "V,I": pass }
              - name: intake not placed
                facility: { components: [ {id: V, kind: storage_vessel, phase: gas, pressure: 20 MPa, position: [0, 0]}, {id: I, kind: air_intake} ] }
                expect: { "V,I": indeterminate }
        """;

    /// <summary>A Japanese rule on the same topic and a Japanese pressure rule.</summary>
    protected const string JapaneseRules = """
        rules:
          - id: JP-T-SEP
            title: Storage vessels are at least 8 m from air intakes
            stage: storage
            severity: medium
            jurisdictions: [JP]
            source: { document: JP Test Rules, clause: "Art. 7-3" }
            tags: [separation]
            for: { vessel: storage_vessel, intake: air_intake }
            require: "distance(vessel, intake) >= 8 m"
            message: "{vessel.id} is {distance(vessel, intake)} from {intake.id}"
            remediation: Move the intake.
            tests:
              - name: close
                facility: { components: [ {id: V, kind: storage_vessel, position: [0, 0]}, {id: I, kind: air_intake, position: [5, 0]} ] }
                expect: { "V,I": violation }
              - name: far
                facility: { components: [ {id: V, kind: storage_vessel, position: [0, 0]}, {id: I, kind: air_intake, position: [9, 0]} ] }
                expect: { "V,I": pass }
          - id: JP-T-PRESSURE
            title: Station vessels are at most 82 MPa
            stage: storage
            severity: critical
            status: advisory
            jurisdictions: [JP]
            source: { document: JP Test Rules, clause: "Art. 7-3 (1)" }
            tags: [pressure]
            for: storage_vessel
            require: "pressure <= 82 MPa"
            remediation: Lower the pressure.
            tests:
              - name: ok
                facility: { components: [ {id: V, kind: storage_vessel, pressure: 82 MPa} ] }
                expect: { V: pass }
              - name: too high
                facility: { components: [ {id: V, kind: storage_vessel, pressure: 90 MPa} ] }
                expect: { V: violation }
        """;

    /// <summary>A facility in Korea: a 20 MPa gas vessel 6 m from an intake.</summary>
    protected const string KoreanSite = """
        facility: { id: site-kr, jurisdiction: KR, type: fueling_station }
        components:
          - { id: TK-1, kind: storage_vessel, phase: gas, pressure: 87.5 MPa, position: [0, 0] }
          - { id: AI-1, kind: air_intake, position: [6, 0] }
        """;

    protected string WriteKoreanRules() => Write("rules/kr.yaml", KoreanRule);

    protected string WriteJapaneseRules() => Write("rules/jp.yaml", JapaneseRules);

    protected string WriteProfile(string name, string jurisdiction, string extra = "") =>
        Write($"profiles/{name}.yaml", $"profile: {name}\ntitle: {name} test profile\ninclude:\n  - jurisdictions: [{jurisdiction}]\n{extra}");

    /// <summary>The repository root (the folder of HydrogenSafety.sln).</summary>
    protected static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HydrogenSafety.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    protected static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
