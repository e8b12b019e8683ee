namespace Secretariat.Web.Features.Towns;

/// <summary>The towns of the district: the registry and profiles, the choice of town, the access rule of every town URL.</summary>
public static class TownsModule
{
    public static IServiceCollection AddTowns(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<TownProfile>().SingleTenanted());
        services.AddSingleton<TownDirectory>();
        services.AddScoped<TownRegistry>();
        return services;
    }

    public static IEndpointRouteBuilder MapTowns(this IEndpointRouteBuilder app)
    {
        app.MapGroup("").DistrictWide().RequireAuthorization(Policies.SignedIn).MapTownChooser();
        app.MapGroup("/town").RequireCapability(Capability.EditTownProfile).MapTownProfile();
        app.MapGroup(DistrictTownsEndpoints.Path).DistrictWide().RequireCapability(Capability.AdministerDistrict).MapDistrictTowns();
        return app;
    }
}
