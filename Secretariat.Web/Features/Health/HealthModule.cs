namespace Secretariat.Web.Features.Health;

/// <summary>Probes for load balancers and compose: up or down, never data.</summary>
public static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddSecretariatHealthChecks();
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGroup("").DistrictWide().MapSecretariatHealth();
        return app;
    }
}
