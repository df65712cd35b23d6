using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace AspNetCheck.Tests;

/// <summary>
/// Starts the sample app (<c>dotnet AspNetCheck.dll --urls http://127.0.0.1:PORT</c>), waits for it with a
/// bounded poll, and posts facilities to <c>/check</c> over real HTTP on loopback.
/// </summary>
[NonParallelizable]
public class CheckEndpointTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private Process? _app;
    private readonly StringBuilder _output = new();
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Metadata("AspNetCheckDll"), "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _app = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _app.OutputDataReceived += (_, e) => Record(e.Data);
        _app.ErrorDataReceived += (_, e) => Record(e.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            Assert.That(_app.HasExited, Is.False, () => $"the app exited with {_app.ExitCode}:\n{Output()}");
            try
            {
                using var health = await _http.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), () => $"the app did not answer /health within {StartTimeout.TotalSeconds} s:\n{Output()}");
            await Task.Delay(200);
        }
    }

    [OneTimeTearDown]
    public void StopApp()
    {
        _http?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            _app.WaitForExit(10_000);
        }

        _app?.Dispose();
    }

    [Test]
    public async Task Health_names_the_built_in_rules()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/health", UriKind.Relative)));

        Assert.That(doc.RootElement.GetProperty("rules").GetInt32(), Is.GreaterThan(0));
        Assert.That(doc.RootElement.GetProperty("digest").GetString(), Does.StartWith("sha256:"));
    }

    [Test]
    public async Task Posting_a_yaml_facility_returns_its_json_report()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(Metadata("RepositoryRoot"), "samples", "facilities", "kr-ulsan-hrs.yaml"));

        using var response = await _http.PostAsync(new Uri("/check", UriKind.Relative), new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(response.Headers.GetValues("X-Compliant"), Is.EqualTo(new[] { "false" }));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.That(root.GetProperty("report").GetString(), Is.EqualTo("h2safety/1"));
        Assert.That(root.GetProperty("facility").GetProperty("id").GetString(), Is.EqualTo("kr-ulsan-hrs-01"));
        Assert.That(root.GetProperty("summary").GetProperty("violation").GetInt32(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()), Has.Some.StartsWith("KR-"));
    }

    [Test]
    public async Task Posting_a_json_facility_with_passes_lists_them()
    {
        const string json = """
            { "facility": { "id": "json-station", "jurisdiction": "US", "type": "fueling_station" },
              "components": [ { "id": "D-1", "kind": "dispenser", "nominal_working_pressure": "35 MPa", "relief_set_pressure": "45 MPa" } ] }
            """;

        using var response = await _http.PostAsync(new Uri("/check?passes=true", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(report.RootElement.GetProperty("facility").GetProperty("id").GetString(), Is.EqualTo("json-station"));
        Assert.That(report.RootElement.GetProperty("findings").EnumerateArray()
            .Any(f => f.GetProperty("rule").GetString() == "US-IFC-H2-DISPENSER-OVERPRESSURE" && f.GetProperty("outcome").GetString() == "pass"), Is.True);
    }

    [Test]
    public async Task Posting_an_invalid_facility_returns_400_with_every_diagnostic()
    {
        const string yaml = "facility: { id: bad }\ncomponents:\n  - { id: D-1, kind: dispenser, relief_set_pressure: 45 parsecs }\n";

        using var response = await _http.PostAsync(new Uri("/check", UriKind.Relative), new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var diagnostics = body.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.That(diagnostics, Is.Not.Empty);
        Assert.That(diagnostics[0].GetProperty("text").GetString(), Does.StartWith("request.yaml:3:"));
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Metadata(string key) =>
        typeof(CheckEndpointTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"no {key} metadata");
}
