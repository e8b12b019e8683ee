using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Station;

/// <summary>
/// The work station as a working body (附件3 四、五(四); 正文 五(三); 3-2 八): the units' topics, the matters it prepares for the leading
/// group and the tasks handed to it. Its meetings are the meeting engine's, with the station as the body (Meetings' <c>MeetingBody</c>).
/// </summary>
public static class StationModule
{
    public static IServiceCollection AddStation(this IServiceCollection services) =>
        services.AddSingleton<IDueReminders, TopicReminders>()
            .AddSingleton<IReportFactContributions, StationReportFacts>()
            .AddRecordPanel<ResolutionChain>(RecordPanels.Resolution)
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<Topic>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<DraftResolution>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<AssignedTask>(SnapshotLifecycle.Inline);
                options.Schema.For<Topic>().Duplicate(t => t.RaisedOn).Duplicate(t => t.UnitId);
                options.Schema.For<AssignedTask>().Duplicate(t => t.AssignedOn).Duplicate(t => t.DueOn);
                options.Schema.For<DraftResolution>().Duplicate(d => d.PreparedOn);
            });

    /// <summary>Read by every role of the town (the units see their topics' answers); each change names its own capability.</summary>
    public static IEndpointRouteBuilder MapStation(this IEndpointRouteBuilder app)
    {
        var station = app.MapGroup("/station").RequireCapability(Capability.ReadTown);
        station.MapTopics();
        station.MapDraftResolutions();
        station.MapAssignedTasks();
        return app;
    }
}
