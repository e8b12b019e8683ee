using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Meetings;

/// <summary>Leading-group meetings, their minutes, resolutions and circulars (R2-R4).</summary>
public static class MeetingsModule
{
    /// <summary>Its documents, and what it contributes to the compliance engine, the daily reminders and the campaign's checks.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(MeetingCadenceOptions.From(configuration))
            .AddSingleton<IComplianceRules, MeetingComplianceRules>()
            .AddSingleton<IDueReminders, ResolutionReminders>()
            .AddSingleton<IEvidenceRecordCheck, MeetingsWithMinutesCheck>()
            .ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Meeting>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<Resolution>(SnapshotLifecycle.Inline);
            options.Schema.For<Meeting>().Duplicate(m => m.Year).Duplicate(m => m.StartsAt).UniqueIndex(UniqueIndexType.Computed, "mt_doc_meeting_uidx_minutes_number", TenancyScope.PerTenant, m => m.MinutesNumber!);
            options.Schema.For<Resolution>().Duplicate(r => r.MeetingId).Duplicate(r => r.DueOn).Duplicate(r => r.IsDone).Duplicate(r => r.DoneOn)
                .Duplicate(r => r.ProgressCount).Duplicate(r => r.Order).Index(r => r.UnitIds, index => index.Method = Weasel.Postgresql.Tables.IndexMethod.gin);
        });

    /// <summary>
    /// Two route groups, read by every role of the town; each endpoint that changes something names its own policy on top
    /// (both must pass), and the record-level rules are <see cref="MeetingRules"/>'s.
    /// </summary>
    public static IEndpointRouteBuilder MapMeetings(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/meetings").RequireCapability(Capability.ReadTown);
        meetings.MapMeetingPages();
        meetings.MapConveneMeeting();
        meetings.MapChangeAgenda();
        meetings.MapRescheduleMeeting();
        meetings.MapRecordAttendance();
        meetings.MapMinutes();
        meetings.MapCalendar();
        // The feed: calendar apps send no cookie; the secret token in the URL is the credential.
        app.MapGroup(CalendarFeed.Path).AllowAnonymous().MapCalendarFeed();

        var resolutions = app.MapGroup("/resolutions").RequireCapability(Capability.ReadTown);
        resolutions.MapResolutionPages();
        resolutions.MapResolutionActions();
        return app;
    }
}
