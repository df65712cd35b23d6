// An inspector walks a site with a tablet: the facility is open in a live compliance session, and each
// correction they record updates the findings through NRules (no full re-evaluation). This console
// replays three such corrections on the US sample plant and prints how the findings change.
//
//   dotnet run --project samples/inspection-console -- [FACILITY.yaml]
//
// Exit code 0 when every edit changed the findings as an inspection tool would show it, 1 otherwise.
using HydrogenSafety.DependencyInjection;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;
using HydrogenSafety.Units;
using InspectionConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

var path = args.Length > 0 ? args[0] : Path.Combine("samples", "facilities", "us-electrolysis-plant.yaml");

using var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information))
    .AddHydrogenSafety(o => o.UseBuiltInRules().AsOf(new DateOnly(2026, 6, 1)))
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
services.GetRequiredService<IStartupValidator>().Validate();   // a host does this on start
var engine = services.GetRequiredService<IComplianceEngine>();

var session = engine.OpenSession(Facility.Load(path));
Console.WriteLine($"Opened {session.Facility.Id}: {TextReportWriter.SummaryLine(session.Report.Summary)}");
var changes = 0;
session.FindingsChanged += (_, e) =>
{
    changes++;
    foreach (var line in Describe.Changes(e))
    {
        Console.WriteLine($"   {line}");
    }

    Console.WriteLine($"   = {TextReportWriter.SummaryLine(e.Report.Summary)}");
};

var inspector = new Inspector(session);
var ok = true;

ok &= inspector.Edit("Move the HVAC air intake AI-1 to the north wall of BLD-1 and tape it again: 18.5 m from TK-2", s =>
{
    s.Upsert(Edit.With(s.Facility, "AI-1", position: new Position(50.0, 80.0)));
    s.SetDistance(new DistanceMeasurement("TK-2", "AI-1", Quantity.From(18.5, "m")));
});

ok &= inspector.Edit("Add gas detector GD-5 in the fuel cell's power room, alarm at 10 %LFL, shutdown at 25 %LFL", s =>
    s.Upsert(new Component
    {
        Id = "GD-5",
        Kind = "gas_detector",
        Area = "power-room",
        Position = new Position(41.0, 67.0, 2.5),
        Attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["alarm_setpoint"] = AttributeValue.Of(Quantity.From(10, "%LFL")),
            ["shutdown_setpoint"] = AttributeValue.Of(Quantity.From(25, "%LFL")),
        },
    }));

ok &= inspector.Edit("Reset the dispenser D-1 pressure relief device from 52 MPa to 45 MPa", s =>
    s.Upsert(Edit.With(s.Facility, "D-1", ("relief_set_pressure", AttributeValue.Of(Quantity.From(45, "MPa"))))));

Console.WriteLine();
Console.WriteLine($"After {inspector.Edits} edits ({changes} session updates changed the findings): {TextReportWriter.SummaryLine(session.Report.Summary)}");
Console.WriteLine($"Still violated: {string.Join(", ", session.Report.Violations.Select(f => $"{f.RuleId} ({f.BindingKey})").Distinct())}");
return ok ? 0 : 1;
