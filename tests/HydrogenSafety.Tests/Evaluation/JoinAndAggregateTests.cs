using HydrogenSafety.Evaluation;

namespace HydrogenSafety.Tests.Evaluation;

/// <summary>Joins, aggregates, facility rules, errors and built-ins, end to end on NRules.</summary>
public class JoinAndAggregateTests
{
    private static string Rule(string id, string forBlock, string require, string? when = null, string extra = "") => $"""
        rules:
          - id: {id}
            title: test rule {id}
            stage: storage
            severity: high
            source: {"{"} document: Test, clause: "1" {"}"}
            for: {forBlock}
        {(when is null ? string.Empty : $"    when: \"{when}\"\n")}    require: "{require}"
        {extra}
        """;

    [Test]
    public void A_join_of_one_kind_gives_ordered_pairs_of_distinct_components()
    {
        var report = EngineHarness.Evaluate(Rule("R", "{ a: storage_vessel, b: storage_vessel }", "distance(a, b) >= 2 m"), """
            components:
              - { id: A, kind: storage_vessel, position: [0, 0] }
              - { id: B, kind: storage_vessel, position: [1, 0] }
              - { id: C, kind: storage_vessel, position: [5, 0] }
            """);
        report.Outcomes("R").Should().BeEquivalentTo(new Dictionary<string, Outcome>
        {
            ["A,B"] = Outcome.Violation, ["B,A"] = Outcome.Violation,
            ["A,C"] = Outcome.Pass, ["C,A"] = Outcome.Pass,
            ["B,C"] = Outcome.Pass, ["C,B"] = Outcome.Pass,
        });
        report.RuleResults.Single().Bindings.Should().Be(6);
    }

    [Test]
    public void Exists_is_three_valued_over_the_components_it_looks_at()
    {
        const string rules = """
            rules:
              - id: R
                title: detector in the same area
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for: { v: storage_vessel }
                require: "exists(gas_detector where area == v.area and alarm_setpoint <= 25 %LFL)"
            """;
        var report = EngineHarness.Evaluate(rules, """
            components:
              - { id: V1, kind: storage_vessel, area: yard }
              - { id: V2, kind: storage_vessel, area: room }
              - { id: V3, kind: storage_vessel, area: shed }
              - { id: D1, kind: gas_detector, area: yard, alarm_setpoint: 1 % }
              - { id: D2, kind: gas_detector, area: room }
              - { id: D3, kind: gas_detector, area: shed, alarm_setpoint: 2 % }
            """);
        report.Outcomes("R").Should().BeEquivalentTo(new Dictionary<string, Outcome>
        {
            ["V1"] = Outcome.Pass, ["V2"] = Outcome.Indeterminate, ["V3"] = Outcome.Violation,
        });
        report.Single("R", "V2").Missing.Should().Equal("D2.alarm_setpoint");
    }

    [Test]
    public void Count_and_sum_aggregate_with_units_and_a_where()
    {
        const string rules = """
            rules:
              - id: INV
                title: total gas inventory
                stage: storage
                severity: medium
                source: { document: Test, clause: "1" }
                for: facility
                require:
                  - "sum(inventory of [storage_vessel, cylinder_bundle] where phase == 'gas') <= 100 kg"
                  - "count(gas_detector) >= 2"
            """;
        var report = EngineHarness.Evaluate(rules, """
            components:
              - { id: V1, kind: storage_vessel, phase: gas, inventory: 60 kg }
              - { id: V2, kind: cylinder_bundle, phase: gas, inventory: 500 Nm3 }
              - { id: V3, kind: storage_vessel, phase: liquid, inventory: 1000 kg }
              - { id: D1, kind: gas_detector }
            """);
        var finding = report.Single("INV", "facility");
        finding.Outcome.Should().Be(Outcome.Violation);
        finding.Evidence.Select(e => e.Expression).Should().Contain("count(gas_detector) >= 2");
        finding.Evidence.Should().Contain(e => e.Expression.StartsWith("sum(", StringComparison.Ordinal) && e.Left == "104.94 kg" && e.Right == "100 kg");
    }

    [Test]
    public void Sum_over_nothing_is_zero_and_passes()
    {
        const string rules = """
            rules:
              - id: INV
                title: total
                stage: storage
                severity: medium
                source: { document: Test, clause: "1" }
                for: facility
                require: "sum(inventory of storage_vessel) <= 100 kg"
            """;
        EngineHarness.Evaluate(rules, "components: []").Outcomes("INV")["facility"].Should().Be(Outcome.Pass);
    }

    [Test]
    public void Division_by_zero_is_an_error_outcome_and_other_rules_go_on()
    {
        var rules = """
            rules:
              - id: DIV
                title: ratio
                stage: utilization
                severity: high
                source: { document: Test, clause: "1" }
                for: dispenser
                require: "relief_set_pressure / nominal_working_pressure <= 1.4"
              - id: OK
                title: other
                stage: utilization
                severity: high
                source: { document: Test, clause: "2" }
                for: dispenser
                require: "relief_set_pressure <= 100 MPa"
            """;
        var report = EngineHarness.Evaluate(rules, """
            components:
              - { id: D, kind: dispenser, relief_set_pressure: 49 MPa, nominal_working_pressure: 0 MPa }
            """);
        var error = report.Single("DIV", "D");
        error.Outcome.Should().Be(Outcome.Error);
        error.Error.Should().Contain("division by zero");
        report.Single("OK", "D").Outcome.Should().Be(Outcome.Pass);
        report.IsCompliant().Should().BeFalse();
    }

    [Test]
    public void Subject_where_filters_components_and_an_unknown_filter_is_indeterminate()
    {
        const string rules = """
            rules:
              - id: R
                title: gas vessels have PRDs
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for:
                  v: { kind: [storage_vessel, cylinder_bundle], where: "phase == 'gas'" }
                require: "v.has_prd"
            """;
        var report = EngineHarness.Evaluate(rules, """
            components:
              - { id: G, kind: storage_vessel, phase: gas, has_prd: true }
              - { id: B, kind: cylinder_bundle, phase: gas, has_prd: false }
              - { id: L, kind: storage_vessel, phase: liquid, has_prd: false }
              - { id: U, kind: storage_vessel, has_prd: false }
            """);
        report.Outcomes("R").Should().BeEquivalentTo(new Dictionary<string, Outcome>
        {
            ["G"] = Outcome.Pass, ["B"] = Outcome.Violation, ["U"] = Outcome.Indeterminate,
        });
    }

    [Test]
    public void Facility_attributes_params_today_between_in_and_math_built_ins()
    {
        const string rules = """
            rules:
              - id: R
                title: mixed built-ins
                stage: utilization
                severity: low
                source: { document: Test, clause: "1" }
                params: { margin: 1 m, allowed: ['316', '316L'] }
                for: dispenser
                when: "facility.type == 'fueling_station' and today >= 2025-01-01"
                require:
                  - "material in params.allowed"
                  - "abs(-2 m) + params.margin between 2.5 m and 3.5 m"
                  - "max(1 m, 2 m) == 2 m and min(1 m, 2 m) == 1 m"
                  - "defined(facility.staffed) and facility.staffed"
            """;
        var report = EngineHarness.Evaluate(rules, """
            facility: { id: s, type: fueling_station, attributes: { staffed: true } }
            components:
              - { id: OK, kind: dispenser, material: 316L }
              - { id: BAD, kind: dispenser, material: carbon steel }
            """);
        report.Outcomes("R").Should().BeEquivalentTo(new Dictionary<string, Outcome> { ["OK"] = Outcome.Pass, ["BAD"] = Outcome.Violation });
        report.Single("R", "BAD").Evidence.Should().ContainSingle(e => e.Operator == "in");
    }

    [Test]
    public void Jurisdiction_limits_which_facilities_a_rule_is_evaluated_for()
    {
        const string rules = """
            rules:
              - id: KR-ONLY
                title: korean rule
                stage: storage
                severity: high
                jurisdictions: [KR]
                source: { document: Test, clause: "1" }
                for: storage_vessel
                require: "pressure <= 1 MPa"
            """;
        const string vessel = "components:\n  - { id: V, kind: storage_vessel, pressure: 10 MPa }\n";
        EngineHarness.Evaluate(rules, "facility: { id: k, jurisdiction: KR }\n" + vessel).Outcomes("KR-ONLY")["V"].Should().Be(Outcome.Violation);
        var us = EngineHarness.Evaluate(rules, "facility: { id: u, jurisdiction: US }\n" + vessel);
        us.Findings.Should().BeEmpty();
        us.RulesNotSelected.Should().Be(1);
        EngineHarness.Evaluate(rules, vessel).Outcomes("KR-ONLY")["V"].Should().Be(Outcome.Violation, "a facility naming no jurisdiction is excluded by none");
    }

    [Test]
    public void Advisory_violations_never_fail_a_run()
    {
        const string rules = """
            rules:
              - id: ADV
                title: advisory
                stage: storage
                severity: critical
                status: advisory
                source: { document: Test, clause: "1" }
                for: storage_vessel
                require: "pressure <= 1 MPa"
            """;
        var report = EngineHarness.Evaluate(rules, "components:\n  - { id: V, kind: storage_vessel, pressure: 10 MPa }\n");
        report.Violations.Should().ContainSingle();
        report.IsCompliant(HydrogenSafety.Rules.Severity.Info).Should().BeTrue();
    }

    [Test]
    public void Same_facility_in_any_component_order_gives_the_same_findings()
    {
        const string rules = """
            rules:
              - id: R
                title: spacing
                stage: storage
                severity: high
                source: { document: Test, clause: "1" }
                for: { a: storage_vessel, b: storage_vessel }
                require: "distance(a, b) >= 2 m and count(gas_detector where area == a.area) >= 1"
            """;
        var lines = new[]
        {
            "  - { id: A, kind: storage_vessel, area: y, position: [0, 0] }",
            "  - { id: B, kind: storage_vessel, area: y, position: [1, 0] }",
            "  - { id: C, kind: storage_vessel, area: z, position: [9, 0] }",
            "  - { id: D, kind: gas_detector, area: y }",
        };
        string Render(HydrogenSafety.Evaluation.ComplianceReport r) =>
            string.Join("\n", r.Findings.Select(f => $"{f.RuleId} {f.BindingKey} {f.Outcome} {f.Message} {string.Join("|", f.Evidence)}"));
        var first = Render(EngineHarness.Evaluate(rules, "components:\n" + string.Join("\n", lines)));
        var reversed = Render(EngineHarness.Evaluate(rules, "components:\n" + string.Join("\n", lines.Reverse())));
        reversed.Should().Be(first);
    }
}
