// Uses the three library packages as an application would. Exit code 0 when they work together.
using HydrogenSafety.DependencyInjection;
using HydrogenSafety.Evaluation;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Rules;
using HydrogenSafety.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// 1. The library with its built-in rules (embedded in the package).
var station = Facility.Parse("""
    facility: { id: consumer-station, jurisdiction: US, type: fueling_station }
    components:
      - { id: D-1, kind: dispenser, nominal_working_pressure: 35 MPa, relief_set_pressure: 52 MPa }
    """, "consumer-station.yaml");
var engine = ComplianceEngine.Create(RuleSet.BuiltIn, new EngineOptions { AsOf = new DateOnly(2026, 6, 1) });
var report = engine.Evaluate(station);
Console.WriteLine($"HydrogenSafety {typeof(RuleSet).Assembly.GetName().Version}: {RuleSet.BuiltIn.Rules.Count} built-in rules");
Console.WriteLine(TextReportWriter.HeaderLine(report));
Console.WriteLine(TextReportWriter.SummaryLine(report.Summary));

// 2. The DI package.
using var services = new ServiceCollection()
    .AddHydrogenSafety(o => o.UseBuiltInRules().AsOf(new DateOnly(2026, 6, 1)))
    .BuildServiceProvider();
services.GetRequiredService<IStartupValidator>().Validate();
var viaDi = services.GetRequiredService<IComplianceEngine>().Evaluate(station);

// 3. The testing package.
ComplianceAssert.Violates(viaDi, "US-IFC-H2-DISPENSER-OVERPRESSURE", "D-1");
try
{
    ComplianceAssert.NoViolations(report, Severity.Critical);
    Console.Error.WriteLine("expected a critical violation");
    return 1;
}
catch (ComplianceAssertionException ex)
{
    Console.WriteLine(ex.Message.Split('\n')[0]);
}

if (report.Summary.Violation != viaDi.Summary.Violation)
{
    Console.Error.WriteLine("the DI engine and the direct engine disagree");
    return 1;
}

Console.WriteLine("consumer: ok");
return 0;
