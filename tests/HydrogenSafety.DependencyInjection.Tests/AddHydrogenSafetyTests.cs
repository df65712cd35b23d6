using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HydrogenSafety.DependencyInjection.Tests;

/// <summary>Registration, resolution and logging with a real service collection.</summary>
public class AddHydrogenSafetyTests
{
    internal static readonly Facility Station = Facility.Parse("""
        facility: { id: di-test, jurisdiction: US, type: fueling_station }
        components:
          - { id: D-1, kind: dispenser, nominal_working_pressure: 35 MPa, relief_set_pressure: 52 MPa }
        """, "di-test.yaml");

    [Test]
    public void Resolves_one_engine_that_evaluates_with_the_configured_rules()
    {
        using var rules = new TestRules();
        rules.WriteDispenserRule();
        var logs = new CapturingLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddHydrogenSafety(o => o.AddRules(rules.Folder).AsOf(new DateOnly(2026, 6, 1)))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var engine = provider.GetRequiredService<IComplianceEngine>();

        provider.GetRequiredService<IComplianceEngine>().Should().BeSameAs(engine);
        engine.Rules.Rules.Select(r => r.Id).Should().Equal("TEST-DISPENSER-RELIEF");
        var report = engine.Evaluate(Station);
        report.AsOf.Should().Be(new DateOnly(2026, 6, 1));
        report.Violations.Select(f => $"{f.RuleId} {f.BindingKey}").Should().Equal("TEST-DISPENSER-RELIEF D-1");
        logs.Messages(LogLevel.Information).Should().Contain(m => m.StartsWith("Loaded 1 rules and 0 tables from ", StringComparison.Ordinal) && m.Contains(" ms "))
            .And.Contain(m => m.StartsWith("Compiled 1 rules (profile none", StringComparison.Ordinal));
    }

    [Test]
    public void Built_in_and_extra_rules_load_together_with_a_profile()
    {
        using var rules = new TestRules();
        rules.WriteDispenserRule();
        using var provider = new ServiceCollection()
            .AddHydrogenSafety(o => o.UseBuiltInRules().AddRules(rules.Folder).UseProfile("us-osha-ifc"))
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<IComplianceEngine>();

        engine.Rules.Rules.Should().HaveCount(RuleSet.BuiltIn.Rules.Count + 1);
        engine.Rules.Rules.Should().Contain(r => r.Id == "TEST-DISPENSER-RELIEF");
        engine.Rules.Profile.Should().Be("us-osha-ifc");
        engine.Current.Options.Profile.Should().Be("us-osha-ifc");
    }

    [Test]
    public void Sessions_come_from_the_current_engine()
    {
        using var rules = new TestRules();
        rules.WriteDispenserRule();
        using var provider = new ServiceCollection().AddHydrogenSafety(o => o.AddRules(rules.Folder)).BuildServiceProvider();
        var session = provider.GetRequiredService<IComplianceEngine>().OpenSession(Station);

        session.Report.Violations.Should().ContainSingle();
        session.Upsert(new Component
        {
            Id = "D-1",
            Kind = "dispenser",
            Attributes = new Dictionary<string, AttributeValue>
            {
                ["nominal_working_pressure"] = AttributeValue.Of(Units.Quantity.From(35, "MPa")),
                ["relief_set_pressure"] = AttributeValue.Of(Units.Quantity.From(45, "MPa")),
            },
        });

        session.Report.Violations.Should().BeEmpty();
    }

    [Test]
    public void Registrations_are_tried_so_a_second_call_or_an_own_engine_wins_nothing_twice()
    {
        var services = new ServiceCollection();
        var own = new FakeEngine();
        services.AddSingleton<IComplianceEngine>(own);

        services.AddHydrogenSafety(o => o.UseBuiltInRules()).AddHydrogenSafety(o => o.AsOf(new DateOnly(2026, 1, 1)));

        services.Count(d => d.ServiceType == typeof(IComplianceEngine)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<HydrogenSafetyOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredService<IComplianceEngine>().Should().BeSameAs(own);
        var options = provider.GetRequiredService<IOptions<HydrogenSafetyOptions>>().Value;
        options.BuiltInRules.Should().BeTrue();
        options.AsOfDate.Should().Be(new DateOnly(2026, 1, 1));
    }

    [Test]
    public void Works_without_logging_registered()
    {
        using var rules = new TestRules();
        rules.WriteDispenserRule();
        using var provider = new ServiceCollection().AddHydrogenSafety(o => o.AddRules(rules.Folder)).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<IComplianceEngine>().Rules.Rules.Should().ContainSingle();
    }

    private sealed class FakeEngine : IComplianceEngine
    {
        public ComplianceEngine Current => throw new NotSupportedException();

        public RuleSet Rules => throw new NotSupportedException();

        public event EventHandler<ComplianceEngineReloadedEventArgs>? Reloaded
        {
            add { }
            remove { }
        }

        public ComplianceReport Evaluate(Facility facility) => throw new NotSupportedException();

        public ComplianceSession OpenSession(Facility facility) => throw new NotSupportedException();
    }
}
