// POST /check with a facility description (YAML or JSON) in the body; the answer is the JSON report
// (format h2safety/1, as `h2safety check --format json` prints it). GET /health names the rules in use.
//
//   dotnet run --project samples/aspnet-check/AspNetCheck -- --urls http://127.0.0.1:5080
//   curl --data-binary @samples/facilities/kr-ulsan-hrs.yaml -H 'Content-Type: application/yaml' http://127.0.0.1:5080/check
using AspNetCheck;
using HydrogenSafety.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// The rules are compiled once, at start-up (a broken rule file or an unknown profile stops the start).
builder.Services.AddHydrogenSafety(o =>
{
    o.UseBuiltInRules();
    if (builder.Configuration["HydrogenSafety:Profile"] is { Length: > 0 } profile)
    {
        o.UseProfile(profile);
    }
});

var app = builder.Build();
app.MapGet("/health", CheckEndpoints.Health);
app.MapPost("/check", CheckEndpoints.CheckAsync);
app.Run();
