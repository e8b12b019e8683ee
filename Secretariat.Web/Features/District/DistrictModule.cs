namespace Secretariat.Web.Features.District;

/// <summary>The district's pages: every town's figures side by side (区未保办), the towns and their first administrators (区管理员).</summary>
public static class DistrictModule
{
    public static IServiceCollection AddDistrict(this IServiceCollection services)
    {
        services.AddSingleton<DistrictRows>();
        services.AddSingleton<ITownEvaluated>(sp => sp.GetRequiredService<DistrictRows>());
        services.AddSingleton<DistrictOverview>();
        services.ConfigureMarten(options => options.Schema.For<DistrictOverviewRow>().SingleTenanted());
        return services;
    }

    public static IEndpointRouteBuilder MapDistrict(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DistrictPaths.Home).DistrictWide().RequireCapability(Capability.ReadEveryTown);
        group.MapDistrictPages();
        app.MapGroup(DistrictPaths.Towns).DistrictWide().RequireCapability(Capability.AdministerDistrict).MapDistrictTowns();
        return app;
    }
}
