using System.Text;
using System.Text.Json;
using HydrogenSafety.Tests.Docs;
using Json.Schema;

namespace HydrogenSafety.Tests.Reporting;

/// <summary>Validates SARIF text against the official SARIF 2.1.0 schema kept in Reporting/Schemas (see its README).</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(Load);

    /// <summary>The schema's errors for <paramref name="sarif"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (result.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var detail in result.Details ?? [])
        {
            foreach (var error in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}");
            }
        }

        return errors.Count == 0 ? ["invalid (no detail)"] : errors;
    }

    /// <summary>Fails the test with every schema error when <paramref name="sarif"/> is not valid SARIF 2.1.0.</summary>
    public static void AssertValid(string sarif)
    {
        var errors = Errors(sarif);
        if (errors.Count > 0)
        {
            var message = new StringBuilder("SARIF does not validate against sarif-schema-2.1.0.json:\n");
            foreach (var error in errors.Take(40))
            {
                message.Append("  ").Append(error).Append('\n');
            }

            Assert.Fail(message.ToString());
        }
    }

    private static JsonSchema Load()
    {
        var draft4 = Dialect.Draft06.With([], new Uri("http://json-schema.org/draft-04/schema#"), refIgnoresSiblingKeywords: true, allowUnknownKeywords: true);
        var options = new BuildOptions();
        options.DialectRegistry.Register(draft4);
        var text = File.ReadAllText(RepositoryPaths.Of("tests", "HydrogenSafety.Tests", "Reporting", "Schemas", "sarif-schema-2.1.0.json"));
        return JsonSchema.FromText(text, options);
    }
}
