namespace Secretariat.Web.Features.Towns;

/// <summary>The towns of the district: the registry, the directory and each town's profile (镇街信息).</summary>
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
        app.MapGroup("/town").RequireCapability(Capability.EditTownProfile).MapTownProfile();
        return app;
    }
}
