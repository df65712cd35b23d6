using System.Globalization;

namespace HydrogenSafety.DependencyInjection.Tests;

/// <summary>A temporary rule folder with small rules, deleted at the end.</summary>
internal sealed class TestRules : IDisposable
{
    public TestRules()
    {
        Folder = Path.Combine(Path.GetTempPath(), "h2s-di-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a rule file with one dispenser rule: relief set pressure at most <paramref name="factor"/> × nominal.</summary>
    public string WriteDispenserRule(string name = "dispenser.yaml", string id = "TEST-DISPENSER-RELIEF", double factor = 1.4)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, DispenserRule(id, factor));
        return path;
    }

    public static string DispenserRule(string id, double factor) => string.Create(CultureInfo.InvariantCulture, $$"""
        rules:
          - id: {{id}}
            title: Dispenser overpressure protection is set no higher than {{factor}} times the nominal working pressure
            stage: utilization
            severity: critical
            version: 1.0.0
            status: enforced
            source: { document: Test document, clause: "1" }
            for: { dispenser: dispenser }
            require: "dispenser.relief_set_pressure <= {{factor}} * dispenser.nominal_working_pressure"
            message: "{dispenser.id}: overpressure protection set at {dispenser.relief_set_pressure}"
            remediation: Lower the set pressure.
        """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
