using System.Text.Json;
using HydrogenSafety.Schemas;

namespace HydrogenSafety.Cli.Tests.Authoring;

public class SchemaCommandTests : AuthoringTestBase
{
    [TestCase("rules")]
    [TestCase("facility")]
    [TestCase("profile")]
    public void Schema_PrintsDraft202012Schema(string name)
    {
        var result = Run("schema", name);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(JsonSchemas.Get(name));
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        json.RootElement.GetProperty("type").GetString().Should().Be("object");
    }

    [TestCase("rules")]
    [TestCase("facility")]
    [TestCase("profile")]
    public void Schema_ShippedCopyInSchemasFolder_EqualsTheCommandOutput(string name)
    {
        var path = Path.Combine(RepositoryRoot, "schemas", $"{name}.schema.json");

        var result = Run("schema", name);

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(result.Stdout,
            "schemas/{0}.schema.json is the output of `h2safety schema {0}` (regenerate: H2SAFETY_UPDATE_SCHEMAS=1 dotnet test --filter Schemas)", name);
    }

    [Test]
    public void Schema_Output_WritesFile()
    {
        var output = Path.Combine(Dir, "facility.schema.json");

        var result = Run("schema", "facility", "--output", output);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllText(output).Should().Be(JsonSchemas.Facility);
    }

    [Test]
    public void Schema_UnknownFormat_Exits2()
    {
        var result = Run("schema", "waivers");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("H2S0901");
    }
}
