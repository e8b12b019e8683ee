using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Bench;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Health;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Database;
using Secretariat.Web.Infrastructure.Jobs;
using Secretariat.Web.Infrastructure.Web;

namespace Secretariat.Web;

/// <summary>What is cross-cutting (store, messaging, jobs, web), then each feature's module once.</summary>
public static class Composition
{
    public static void AddSecretariat(this WebApplicationBuilder builder, DatabaseConnection database)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSecretariatStore(database);
        builder.Host.UseSecretariatWolverine();
        services.AddSecretariatHangfire(database, builder.Configuration);
        services.AddSecretariatWeb(builder.Configuration, builder.Environment);

        services.AddAccounts();
        services.AddRoster();
        services.AddAdjustments();
        services.AddTraining();
        services.AddMeetings();
        services.AddReports();
        services.AddCompliance(builder.Configuration);
        services.AddHealth();
    }

    public static void UseSecretariat(this WebApplication app)
    {
        app.UseSecretariatWeb();
        app.MapChinesePages();

        app.MapCompliance();
        app.MapAccounts();
        app.MapRoster();
        app.MapAdjustments();
        app.MapMeetings();
        app.MapTraining();
        app.MapReports();
        app.MapHealth();
        app.MapBenchWhenEnabled(app.Configuration);
        app.MapJobsDashboard();
    }
}
