namespace Secretariat.Web.Features.Setup;

/// <summary>A deployment's and a town's start: the first town, its sample from the notice, the first administrator.</summary>
public static class SetupModule
{
    public static IServiceCollection AddSetup(this IServiceCollection services) => services.AddHostedService<FirstStart>();
}
