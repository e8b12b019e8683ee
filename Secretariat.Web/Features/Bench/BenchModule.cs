namespace Secretariat.Web.Features.Bench;

/// <summary>The ceiling endpoints of bench/, mapped only when Bench:Enabled is true.</summary>
public static class BenchModule
{
    public static IEndpointRouteBuilder MapBenchWhenEnabled(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue("Bench:Enabled", false)) return app;
        // A town's: /t/{code}/bench/... acts on that town (its sessions and message bus).
        app.MapGroup("/bench").RequireCapability(Capability.ReadTown).MapBench();
        // The district's: /bench/... outside any town, for the 区管理员 (bench/towns adds towns and runs every town's check).
        app.MapGroup("/bench").DistrictWide().RequireCapability(Capability.AdministerDistrict).MapDistrictBench();
        return app;
    }
}
