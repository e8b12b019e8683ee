using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Roster;

/// <summary>The bodies (领导小组、办公室、工作站), their members over time and the member units.</summary>
public static class RosterModule
{
    public static IServiceCollection AddRoster(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<BodyRoster>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<MemberUnit>(SnapshotLifecycle.Inline);
        });
        services.AddScoped<RosterQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapRoster(this IEndpointRouteBuilder app)
    {
        // Every role reads the rosters; registering a unit is the office's (its endpoint names the policy).
        var group = app.MapGroup("/roster").RequireCapability(Capability.ReadTown);
        group.MapRosterPages();
        group.MapRegisterMemberUnit();
        group.MapEstablishBodies();
        return app;
    }
}
