namespace Secretariat.Web.Features.District;

/// <summary>The district's pages (区未保办): every town's figures side by side, outside any town.</summary>
public static class DistrictModule
{
    public static IServiceCollection AddDistrict(this IServiceCollection services)
    {
        services.AddSingleton<DistrictOverview>();
        return services;
    }

    public static IEndpointRouteBuilder MapDistrict(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DistrictPaths.Home).DistrictWide().RequireCapability(Capability.ReadEveryTown);
        group.MapDistrictPages();
        return app;
    }
}
