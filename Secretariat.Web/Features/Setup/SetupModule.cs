namespace Secretariat.Web.Features.Setup;

public sealed record SetupPageModel(SetupProgress Progress, bool Imported);

/// <summary>
/// A deployment's and a town's start: the first town, its sample from the notice, the first administrator; a new town's setup
/// (成立 → 名单 → 成员单位 → 儿童主任 → 镇街信息 → 账号): its checklist on the dashboard and its page, the founding workbook's import,
/// and the command line's <c>towns establish</c> and <c>roster import</c>.
/// </summary>
public static class SetupModule
{
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.AddHostedService<FirstStart>();
        services.AddSingleton<FoundingPreviewTokens>();
        services.AddRecordPanel<SetupPanel>(RecordPanels.Dashboard);
        return services;
    }

    public static IEndpointRouteBuilder MapSetup(this IEndpointRouteBuilder app)
    {
        // Setting a town up is the office's and the 管理员's (EstablishBodies); each step's own page keeps its own capability.
        var group = app.MapGroup("/setup").RequireCapability(Capability.EstablishBodies);
        group.MapGet("", async (HttpContext context, IQuerySession session, AccountService accounts, TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown();
            var memberships = await accounts.MembershipsOfTownAsync(town.Id, ct);
            var progress = await SetupChecklist.OfAsync(session, town, memberships, time.Today(), ct);
            return PageResults.Page<SetupPage, SetupPageModel>(context, new SetupPageModel(progress, context.Request.Query.ContainsKey("imported")));
        });
        group.MapFoundingImport();
        return app;
    }
}
