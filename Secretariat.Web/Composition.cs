using Hangfire;
using Hangfire.PostgreSql;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Bench;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Health;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Database;
using Secretariat.Web.Infrastructure.Web;
using Wolverine;
using Wolverine.Marten;

namespace Secretariat.Web;

public static class Composition
{
    public const string MartenSchema = "secretariat";

    public static void AddSecretariat(this WebApplicationBuilder builder, DatabaseConnection database)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);

        // Schema comes from migrations/ (applied before anything else starts), never from the libraries themselves.
        services.AddSingleton<Migrations>();
        services.AddHostedService<MigrationsOnStart>();

        services.AddSingleton<DatabaseConnectionSource>();
        services.AddSingleton<ReadModelVersion>();
        services.AddSingleton<ViewCache>();
        var compliance = configuration.GetSection(ComplianceOptions.Section).Get<ComplianceOptions>() ?? new ComplianceOptions();
        compliance.ReportDueDays = configuration.GetValue(ReportPeriods.DueDaysKey, ReportPeriods.DefaultDueDays);
        services.AddSingleton(compliance);
        var recheck = new ComplianceRecheck();
        services.AddSingleton(recheck);
        services.AddMarten(options =>
            {
                options.Connection(database.ConnectionString);
                options.Storage.ExtendedSchemaObjects.Add(ReadModelVersion.Table());
                options.Listeners.Add(new BumpReadModelVersion());
                options.Listeners.Add(new RequestRecheckOnChanges(recheck));
                options.DatabaseSchemaName = MartenSchema;
                options.AutoCreateSchemaObjects = AutoCreate.None;
                options.Events.MetadataConfig.EnableAll();
                options.Projections.Snapshot<BodyRoster>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<MemberUnit>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<MemberAdjustment>(SnapshotLifecycle.Inline);
                options.Schema.For<MemberAdjustment>().UniqueIndex(a => a.Number);
                options.Schema.For<AdjustmentAttachment>();
                options.Projections.Snapshot<ChildWorker>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<TrainingSession>(SnapshotLifecycle.Inline);
                // Real columns: the period filters then never unpack a (TOASTed) document that is not returned.
                options.Schema.For<ChildWorker>().Duplicate(w => w.ServesFrom).Duplicate(w => w.ServesUntil);
                options.Schema.For<TrainingSession>().Duplicate(s => s.StartOn).Duplicate(s => s.EndOn);
                options.Schema.For<TrainingMaterial>().Index(m => m.SessionId);
                options.Projections.Snapshot<Meeting>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<NumberRegister>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Resolution>(SnapshotLifecycle.Inline);
                options.Schema.For<Meeting>().Duplicate(m => m.Year).Duplicate(m => m.StartsAt).UniqueIndex(m => m.MinutesNumber!);
                options.Schema.For<Resolution>().Duplicate(r => r.MeetingId).Duplicate(r => r.DueOn).Duplicate(r => r.IsDone).Duplicate(r => r.DoneOn)
                    .Duplicate(r => r.ProgressCount).Duplicate(r => r.Order).Index(r => r.UnitIds, index => index.Method = Weasel.Postgresql.Tables.IndexMethod.gin);
                options.Schema.For<MeetingAttachment>().Index(a => a.MeetingId);
                options.Projections.Snapshot<ComplianceAlert>(SnapshotLifecycle.Inline);
                options.Schema.For<ComplianceAlert>().UniqueIndex(a => a.Key).Duplicate(a => a.IsOpen).Duplicate(a => a.Rank).Duplicate(a => a.Rule);
                options.Projections.Snapshot<SemiannualReport>(SnapshotLifecycle.Inline);
                options.Schema.For<SemiannualReport>().Duplicate(r => r.Year);
                options.Schema.For<UserAccount>().UniqueIndex(u => u.UserName);
                options.Schema.For<SignInSession>().Index(s => s.UserId);
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine();

        builder.Host.UseWolverine(options =>
        {
            options.Policies.AutoApplyTransactions();
            // Cascaded messages are stored with the Marten transaction that produced them (the durable outbox).
            options.Policies.UseDurableLocalQueues();
            options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
            options.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
        });

        // This app's storage from DI (Hangfire only falls back to its process-wide JobStorage.Current when none is
        // registered), so two hosts in one process, as in the tests, each schedule into their own database.
        var hangfireOptions = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString, hangfireOptions), hangfireOptions));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));

        services.AddHostedService<FirstStart>();
        services.AddHostedService<ComplianceSchedule>();
        services.AddHostedService<ComplianceRecheckService>();

        var keys = configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keyDir
            ? keyDir
            : Path.Combine(builder.Environment.ContentRootPath, ".data", "keys");
        services.AddDataProtection().SetApplicationName("Secretariat").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "secretariat";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SignInEndpoints.ValidateSessionAsync;
                o.Events.OnRedirectToLogin = RedirectForHtmx(o.Events.OnRedirectToLogin);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator));
        services.AddAntiforgery();
        services.AddRazorComponents();
        // Chinese text as text, not as &#x...; entities: smaller pages that read the same in the source.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));

        services.AddScoped<AccountService>();
        services.AddScoped<RosterQueries>();
        services.AddSecretariatHealthChecks();
    }

    public static void UseSecretariat(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) Console.WriteLine($"Secretariat 已启动，请用浏览器打开 Open: {address}/sign-in");
        });
        app.UseStatusCodePages(ChinesePages.StatusCodeAsync);
        app.UseExceptionHandler(ChinesePages.ErrorHandlerPath);
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseMiddleware<OneTimePasswordGate>();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryOnEveryChange>();
        app.UseAntiforgery();

        app.MapCompliancePages();
        app.MapRaiseAlerts();
        app.MapAcknowledgeAlert();
        app.MapChinesePages();
        app.MapSignIn();
        app.MapChangePassword();
        app.MapRoster();
        app.MapAdjustmentPages();
        app.MapFileAdjustment();
        app.MapActOnAdjustment();
        app.MapAmendAdjustment();
        app.MapAdjustmentNotice();
        app.MapAttachmentDownload();
        app.MapRegisterMemberUnit();
        app.MapMeetingPages();
        app.MapConveneMeeting();
        app.MapChangeAgenda();
        app.MapRescheduleMeeting();
        app.MapRecordAttendance();
        app.MapMinutes();
        app.MapResolutionActions();
        app.MapTrainingPages();
        app.MapAppointChildWorker();
        app.MapTransferChildWorker();
        app.MapEndChildWorkerAppointment();
        app.MapRecordChildWorkerProfile();
        app.MapRecordTrainingSession();
        app.MapReportPages();
        app.MapCreateReport();
        app.MapSaveReportDraft();
        app.MapSubmitReport();
        app.MapReceiveReport();
        app.MapReturnReport();
        app.MapTableReport();
        app.MapSecretariatHealth();
        if (app.Configuration.GetValue("Bench:Enabled", false)) app.MapBench();
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Administrator, "/hangfire",
            new DashboardOptions { DashboardTitle = "后台任务", AppPath = "/" });
    }

    /// <summary>htmx follows no 302 into a swap: tell it to navigate to the sign-in page instead.</summary>
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> RedirectForHtmx(
        Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> fallback) => context =>
    {
        if (context.Request.Headers.ContainsKey("HX-Request"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers["HX-Redirect"] = context.RedirectUri;
            return Task.CompletedTask;
        }
        return fallback(context);
    };
}
