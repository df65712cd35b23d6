using System.Text;
using HydrogenSafety.DependencyInjection;
using HydrogenSafety.Diagnostics;
using HydrogenSafety.Facilities;
using HydrogenSafety.Reporting;

namespace AspNetCheck;

/// <summary>The two endpoints of the sample.</summary>
public static class CheckEndpoints
{
    /// <summary>Facility descriptions larger than this are refused (413).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>GET /health: the rules in use.</summary>
    public static IResult Health(IComplianceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Results.Ok(new { status = "ok", rules = engine.Rules.Rules.Count, digest = engine.Rules.Digest });
    }

    /// <summary>
    /// POST /check: the body is a facility (YAML, or JSON with <c>Content-Type: application/json</c>);
    /// <c>?passes=true</c> also lists passes. 200 with the report; 400 with every diagnostic when the
    /// facility is invalid; 413 when it is too large.
    /// </summary>
    public static async Task<IResult> CheckAsync(HttpRequest request, IComplianceEngine engine, bool? passes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(engine);
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var name = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "request.json" : "request.yaml";
        Facility facility;
        try
        {
            facility = Facility.Parse(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), name);
        }
        catch (LoadException ex)
        {
            return Results.BadRequest(new
            {
                error = "the facility description is invalid",
                diagnostics = ex.Diagnostics.Select(d => new { code = d.Code, line = d.Span.Line, column = d.Span.Column, message = d.Message, text = d.ToString() }),
            });
        }

        var report = engine.Evaluate(facility);
        var json = JsonReportWriter.ToJson(report, new ReportOptions { ShowPasses = passes == true });
        request.HttpContext.Response.Headers["X-Compliant"] = report.IsCompliant() ? "true" : "false";
        return Results.Text(json, "application/json", Encoding.UTF8);
    }
}
