using MiniExcelLibs;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Children;

public enum ExportState
{
    Requested,
    Approved,
    Refused
}

/// <summary>A request to export a register with its personal data: the 站长 approves or refuses it; each download is logged.</summary>
public sealed class RegisterExport
{
    /// <summary>An approved export may be downloaded by its requester for this many days.</summary>
    public const int ValidDays = 7;

    public Guid Id { get; set; }
    public int Version { get; set; }
    public ChildRegister? Register { get; set; }
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public ExportReason Reason { get; set; }
    public StepBy RequestedBy { get; set; } = default!;
    public ExportState State { get; set; }
    public StepBy? DecidedBy { get; set; }
    public List<StepBy> Downloads { get; set; } = [];

    public string What => $"{(Register is { } r ? $"《{r.Chinese()}》" : "全部名册")}{(VillageName is { } v ? $"（{v}）" : "")}";

    public static RegisterExport Create(RegisterExportRequested e) => new()
    {
        Id = e.ExportId, Register = e.Register, VillageId = e.VillageId, VillageName = e.VillageName, Reason = e.Reason, RequestedBy = e.By
    };

    public void Apply(RegisterExportApproved e) => (State, DecidedBy) = (ExportState.Approved, e.By);

    public void Apply(RegisterExportRefused e) => (State, DecidedBy) = (ExportState.Refused, e.By);

    public void Apply(RegisterExportDownloaded e) => Downloads.Add(e.By);

    public DateOnly? ExpiresAfter => State == ExportState.Approved && DecidedBy is { } by ? by.At.ToTownDate().AddDays(ValidDays) : null;
}

public static class ExportDecisions
{
    public static Decision<RegisterExportRequested> Request(Guid exportId, ChildRegister? register, MemberUnit? village, bool villageChosen, ExportReason? reason,
        Actor actor, DateTimeOffset now)
    {
        if (!actor.CanForAll(Capability.ExportChildRegisters)) return new Refusal($"只有{ChildDecisions.WhoMay(Capability.ExportChildRegisters)}可以申请导出名册。");
        if (villageChosen && village is null) return new Refusal("请选择村（社区），或选择全部。");
        if (reason is null) return new Refusal("请选择导出事由。");
        return new RegisterExportRequested(exportId, register, village?.Id, village?.Name, reason.Value, StepBy.Of(actor, now));
    }

    public static Decision<RegisterExportApproved> Approve(RegisterExport export, bool isStationMaster, Actor actor, DateTimeOffset now) =>
        Decide(export, isStationMaster) is { } refusal ? refusal : new RegisterExportApproved(export.Id, StepBy.Of(actor, now));

    public static Decision<RegisterExportRefused> Refuse(RegisterExport export, bool isStationMaster, Actor actor, DateTimeOffset now) =>
        Decide(export, isStationMaster) is { } refusal ? refusal : new RegisterExportRefused(export.Id, StepBy.Of(actor, now));

    private static Refusal? Decide(RegisterExport export, bool isStationMaster) =>
        !isStationMaster ? new Refusal("只有工作站站长可以批准或拒绝导出名册。")
        : export.State != ExportState.Requested ? new Refusal($"该申请已由{export.DecidedBy?.Name}处理。")
        : null;

    public static Decision<RegisterExportDownloaded> Download(RegisterExport export, int children, Actor actor, DateTimeOffset now)
    {
        if (export.State != ExportState.Approved) return new Refusal(export.State == ExportState.Refused ? "该导出申请未获批准。" : "该导出申请尚待站长批准。");
        if (export.RequestedBy.UserId != actor.UserId) return new Refusal("只有申请人可以下载批准导出的名册。");
        if (now.ToTownDate() > export.ExpiresAfter) return new Refusal($"批准后 {RegisterExport.ValidDays} 天内可以下载，已过期，请重新申请。");
        return new RegisterExportDownloaded(export.Id, children, StepBy.Of(actor, now));
    }
}

public sealed record RequestRegisterExport(Guid ExportId, ChildRegister? Register, Guid? VillageId, bool VillageChosen, ExportReason? Reason, Actor Actor);

public sealed record ApproveRegisterExport(Guid RegisterExportId, bool Approve, Actor Actor);

public sealed record ExportsPageModel(IReadOnlyList<RegisterExport> Exports, IReadOnlyList<MemberUnit> Villages, bool IsStationMaster, Actor Actor, string? Error,
    DateOnly Today);

public static class RegisterExportHandler
{
    public static async Task<CommandResult> Handle(RequestRegisterExport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var village = command.VillageId is { } id ? await session.LoadAsync<MemberUnit>(id, ct) : null;
        if (village is not null && village.Kind is not (UnitKind.Village or UnitKind.Community)) village = null;
        var decision = ExportDecisions.Request(command.ExportId, command.Register, village, command.VillageChosen, command.Reason, command.Actor, time.GetUtcNow());
        if (decision.Event is { } e) session.Events.StartStream<RegisterExport>(command.ExportId, e);
        return decision.Result;
    }

    // Explicit: whether the actor holds the 站长's seat today is the station roster's (data the aggregate lacks).
    public static async Task<CommandResult> Handle(ApproveRegisterExport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<RegisterExport>(command.RegisterExportId, ct);
        if (stream.Aggregate is not { } export) return CommandResult.Refused("没有这项导出申请。");
        var station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var isMaster = station?.IsStationMaster(command.Actor, now.ToTownDate()) == true;
        if (command.Approve)
        {
            var decision = ExportDecisions.Approve(export, isMaster, command.Actor, now);
            if (decision.Event is { } e) stream.AppendOne(e);
            return decision.Result;
        }
        var refused = ExportDecisions.Refuse(export, isMaster, command.Actor, now);
        if (refused.Event is { } r) stream.AppendOne(r);
        return refused.Result;
    }
}

public static class RegisterExportEndpoints
{
    public static void MapRegisterExports(this RouteGroupBuilder group)
    {
        group.MapGet("/exports", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await PageAsync(context, session, null, StatusCodes.Status200OK, time, ct))
            .RequireCapability(Capability.ExportChildRegisters, Capability.ActAsStationMaster);

        group.MapPost("/exports", async (HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var villageChosen = form["VillageId"].ToString() is { Length: > 0 };
            var command = new RequestRegisterExport(Guid.CreateVersion7(), ChildNames.Parse<ChildRegister>(form["Register"]),
                Guid.TryParse(form["VillageId"], out var village) ? village : null, villageChosen, ChildNames.Parse<ExportReason>(form["Reason"]), context.User.Actor());
            var result = await bus.InvokeAsync<CommandResult>(command, ct);
            return result.Succeeded
                ? SavedFlash.SeeOther(context, "/children/exports", "export-requested")
                : await PageAsync(context, session, result.Refusal, StatusCodes.Status422UnprocessableEntity, time, ct);
        }).RequireCapability(Capability.ExportChildRegisters);

        foreach (var (path, approve) in new[] { ("approve", true), ("refuse", false) })
            group.MapPost($"/exports/{{id:guid}}/{path}", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time,
                CancellationToken ct) =>
            {
                if (await session.LoadAsync<RegisterExport>(id, ct) is null) return Results.NotFound();
                var result = await bus.InvokeAsync<CommandResult>(new ApproveRegisterExport(id, approve, context.User.Actor()), ct);
                return result.Succeeded
                    ? SavedFlash.SeeOther(context, "/children/exports", approve ? "export-approved" : "export-refused")
                    : await PageAsync(context, session, result.Refusal, StatusCodes.Status422UnprocessableEntity, time, ct);
            }).RequireCapability(Capability.ActAsStationMaster);

        // The workbook is made at download from the records and the personal-data store; each child in it is a logged read.
        group.MapGet("/exports/{id:guid}/register.xlsx", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault,
            IDocumentStore store, TimeProvider time, CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<RegisterExport>(id, ct);
            if (stream.Aggregate is not { } export) return Results.NotFound();
            var now = time.GetUtcNow();
            var today = now.ToTownDate();
            var actor = context.User.Actor();
            var children = (await new ChildQueries(session).OnRegistersAsync(today, export.VillageId, ct))
                .Where(c => export.Register is not { } r || c.Registers.Contains(r)).ToList();
            var decision = ExportDecisions.Download(export, children.Count, actor, now);
            if (decision.Event is not { } downloaded) return await PageAsync(context, session, decision.Refusal!.Message, StatusCodes.Status422UnprocessableEntity, time, ct);
            stream.AppendOne(downloaded);
            if (await session.SaveOrRefuseAsync(ct) is { Succeeded: false } stale) return await PageAsync(context, session, stale.Refusal, StatusCodes.Status409Conflict, time, ct);
            var town = context.RequiredTown().Id;
            var profiles = await vault.ProfilesAsync(town, children.Where(c => c.HasPersonalData).Select(c => c.Id).ToList(), ct);
            var reason = $"名册导出：{export.Reason.Chinese()}（{export.DecidedBy!.Name}批准）";
            foreach (var child in children.Where(c => profiles.ContainsKey(c.Id)))
                await MinorsData.LogReadAsync(store, town, context.User, child.Id, child.Reference, PersonalDataEndpoints.Where(child), $"/children/{child.Id}", now, ct,
                    reason);
            PersonalDataEndpoints.NoStore(context);
            var scale = await RiskScale.LoadAsync(session, ct);
            var rows = children.OrderBy(c => c.VillageName, StringComparer.Ordinal).ThenBy(c => c.Reference, StringComparer.Ordinal).Select((c, i) =>
            {
                var p = profiles.GetValueOrDefault(c.Id);
                return new Dictionary<string, object?>
                {
                    ["序号"] = i + 1, ["编号"] = c.Reference, ["全国系统档案号"] = c.NationalRecordNumber ?? "", ["姓名"] = p?.Name ?? "", ["身份证号码"] = p?.IdNumber ?? "",
                    ["出生年月"] = c.BirthMonth.ToString(), ["村（社区）"] = c.VillageName, ["住址"] = p?.Address ?? "",
                    ["监护人及联系电话"] = p is null ? "" : string.Join("；", p.Guardians.Select(g => $"{g.Name}（{g.Relation}）{g.Phone}")),
                    ["名册"] = string.Join("、", c.Registers.Select(r => r.Short())), ["档案类别"] = string.Join("、", c.Categories.Select(k => k.Chinese())),
                    ["风险等级"] = c.RiskLevel.Chinese(), ["责任儿童主任"] = c.DirectorName ?? "", ["上次走访"] = c.LastVisitOn?.IsoDate() ?? "",
                    ["下次走访"] = scale.NextVisitDue(c).IsoDate()
                };
            }).ToList();
            using var buffer = new MemoryStream();
            await buffer.SaveAsAsync(rows, sheetName: "名册", cancellationToken: ct);
            return Results.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{export.What}-{today:yyyyMMdd}.xlsx");
        }).RequireCapability(Capability.ExportChildRegisters);
    }

    private static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var actor = context.User.Actor();
        var today = time.Today();
        var exports = (await session.Query<RegisterExport>().ToListAsync(ct)).OrderByDescending(e => e.RequestedBy.At).Take(100).ToList();
        var station = actor.PersonId is null ? null : await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        return PageResults.Page<ExportsPage, ExportsPageModel>(context,
            new(exports, await new ChildQueries(session).VillagesAsync(ct), station?.IsStationMaster(actor, today) == true, actor, error, today), status);
    }
}
