namespace HydrogenSafety.Cli.Tests;

/// <summary>Runs the CLI in-process against files written to a fresh temporary folder.</summary>
public abstract class CliTestBase
{
    /// <summary>One rule: a storage vessel's pressure is at most 10 MPa (medium, enforced).</summary>
    protected const string PressureRule = """
        rules:
          - id: T-PRESSURE
            title: Vessel pressure is at most 10 MPa
            stage: storage
            severity: medium
            version: 1.0.0
            source: { document: Test Code, edition: "2025", clause: "1.1" }
            for: storage_vessel
            require: "pressure <= 10 MPa"
            message: vessel pressure is above 10 MPa
            remediation: Lower the working pressure.
        """;

    protected string Dir { get; private set; } = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        Dir = Path.Combine(Path.GetTempPath(), "h2safety-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    [TearDown]
    public void DeleteFolder()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    /// <summary>Writes a file under the temporary folder and returns its full path.</summary>
    protected string Write(string relativePath, string text)
    {
        var path = Path.Combine(Dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>A facility with one storage vessel; <paramref name="pressure"/> null leaves the pressure out.</summary>
    protected string WriteFacility(string name, string id, string? pressure) =>
        Write(name, $"""
            facility:
              id: {id}
            components:
              - id: TK-1
                kind: storage_vessel
            {(pressure is null ? string.Empty : $"    pressure: {pressure}")}
            """);

    protected string WriteRules(string name = "rules.yaml", string text = PressureRule) => Write(name, text);

    protected static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>What one run of the CLI gave.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
