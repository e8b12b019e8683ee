namespace Secretariat.Web.Features.Bench;

/// <summary>The ceiling endpoints of bench/, mapped only when Bench:Enabled is true.</summary>
public static class BenchModule
{
    public static IEndpointRouteBuilder MapBenchWhenEnabled(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (configuration.GetValue("Bench:Enabled", false)) app.MapGroup("/bench").RequireAuthorization(Policies.Reader).MapBench();
        return app;
    }
}
