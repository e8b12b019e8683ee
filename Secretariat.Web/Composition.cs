using Secretariat.Web.Features.Activities;
using Secretariat.Web.Features.Bench;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Casework;
using Secretariat.Web.Features.Capacity;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Dashboard;
using Secretariat.Web.Features.DirectorReviews;
using Secretariat.Web.Features.District;
using Secretariat.Web.Features.Health;
using Secretariat.Web.Features.HolidayCalendar;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Notifications;
using Secretariat.Web.Features.Privacy;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Search;
using Secretariat.Web.Features.Station;
using Secretariat.Web.Features.StaffChecks;
using Secretariat.Web.Features.Suggestions;
using Secretariat.Web.Features.Setup;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Database;
using Secretariat.Web.Infrastructure.Jobs;

using Secretariat.Web.Features.Adjustments;

namespace Secretariat.Web;

/// <summary>What is cross-cutting (store, messaging, jobs, web), then each feature's module: one line a feature.</summary>
public static class Composition
{
    private sealed record Module(Action<IServiceCollection, IConfiguration> Add, Action<IEndpointRouteBuilder, IConfiguration> Map);

    /// <summary>In this order: the first start (Setup) seeds the town before the compliance services look at it.</summary>
    private static readonly Module[] Modules =
    [
        new((s, _) => s.AddTowns(), (a, _) => a.MapTowns()),
        new((s, c) => s.AddAccounts(c), (a, _) => a.MapAccounts()),
        new((s, _) => s.AddSetup(), (a, _) => a.MapSetup()),
        new((s, _) => s.AddRoster(), (a, _) => a.MapRoster()),
        new((s, c) => s.AddAdjustments(c), (a, _) => a.MapAdjustments()),
        new((s, _) => s.AddTraining(), (a, _) => a.MapTraining()),
        new((s, c) => s.AddChildren(c), (a, _) => a.MapChildren()),
        new((s, _) => s.AddCasework(), (a, _) => a.MapCasework()),
        new((s, _) => s.AddActivities(), (a, _) => a.MapActivities()),
        new((s, _) => s.AddSuggestions(), (a, _) => a.MapSuggestions()),
        new((s, _) => s.AddHolidayCalendar(), (a, _) => a.MapHolidayCalendar()),
        new((s, _) => s.AddStaffChecks(), (a, _) => a.MapStaffChecks()),
        new((s, _) => s.AddDirectorReviews(), (a, _) => a.MapDirectorReviews()),
        new((s, _) => s.AddCapacity(), (a, _) => a.MapCapacity()),
        new((s, c) => s.AddMeetings(c), (a, _) => a.MapMeetings()),
        new((s, _) => s.AddStation(), (a, _) => a.MapStation()),
        new((s, c) => s.AddReports(c), (a, _) => a.MapReports()),
        new((s, c) => s.AddCompliance(c), (a, _) => a.MapCompliance()),
        new((s, _) => s.AddPrivacy(), (a, _) => a.MapPrivacy()),
        new((s, _) => s.AddMajorMatters(), (a, _) => a.MapMajorMatters()),
        new((s, _) => s.AddCampaigns(), (a, _) => a.MapCampaigns()),
        new((s, _) => s.AddSearch(), (a, _) => a.MapSearch()),
        new((s, _) => s.AddDistrict(), (a, _) => a.MapDistrict()),
        new((_, _) => { }, (a, _) => a.MapDashboard()),
        new((s, c) => s.AddNotifications(c), (a, _) => a.MapNotifications()),
        new((s, _) => s.AddHealth(), (a, _) => a.MapHealth()),
        new((_, _) => { }, (a, c) => a.MapBenchWhenEnabled(c)),
    ];

    public static void AddSecretariat(this WebApplicationBuilder builder, DatabaseConnection database)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // What every feature's cadence rules and reminders read (the reminder windows, the day checks start).
        services.AddSingleton(CadenceOptions.From(builder.Configuration));
        services.AddSecretariatStore(database);
        builder.Host.UseSecretariatWolverine(builder.Configuration);
        services.AddSecretariatHangfire(database, builder.Configuration);
        services.AddSecretariatWeb(builder.Configuration, builder.Environment);
        foreach (var module in Modules) module.Add(services, builder.Configuration);
    }

    public static void UseSecretariat(this WebApplication app)
    {
        app.UseSecretariatWeb();
        app.MapChinesePages();
        foreach (var module in Modules) module.Map(app, app.Configuration);
        app.MapJobsDashboard();
    }
}
