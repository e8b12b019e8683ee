using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>The office reports a major resolution to the district under a new report id (chosen by the caller, to go to its page).</summary>
public sealed record ReportMajorMatter(Guid ReportId, Guid ResolutionId, string? Text, Actor Actor);

public sealed record SignForMajorMatter(Guid MajorMatterReportId, DateOnly? SignedOn, Actor Actor);

public sealed record GiveInstruction(Guid MajorMatterReportId, string? Text, DateOnly? DueOn, Actor Actor);

public sealed record ReportInstructionProgress(Guid MajorMatterReportId, string? Text, string? Unit, Actor Actor);

public sealed record CompleteInstruction(Guid MajorMatterReportId, string? Evidence, Actor Actor);

public static class MajorMatterHandler
{
    /// <summary>
    /// The year's register is locked for the transaction, so reports at once take consecutive numbers and the second report of the
    /// same resolution sees the first (the unique index on the resolution is the last guard). Only the year's very first reports can
    /// collide (no register stream to lock yet): the loser's commit fails and Wolverine runs it again (EventStore's retry policy).
    /// </summary>
    // Explicit: two streams, the register's id computed from today's year, and the resolution and an earlier report read.
    public static async Task<CommandResult> Handle(ReportMajorMatter command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var register = await session.Events.FetchForExclusiveWriting<DocumentRegister>(
            DocumentRegister.IdFor(DocumentKind.MajorMatterReport, now.ToTownDate().Year), ct);
        var resolution = await session.LoadAsync<Resolution>(command.ResolutionId, ct);
        var existing = await session.Query<MajorMatterReport>().FirstOrDefaultAsync(r => r.ResolutionId == command.ResolutionId, ct);
        var town = await session.TownProfileAsync(ct);
        return session.Append(MajorMatterDecisions.Report(command.ReportId, resolution, existing, register.Aggregate, town, command.Text,
            command.Actor, now));
    }

    [AggregateHandler]
    public static (CommandResult, Events) Handle(SignForMajorMatter command, MajorMatterReport? report, TimeProvider time) =>
        Decisions.On(report, MajorMatterDecisions.NotFound, r => MajorMatterDecisions.SignFor(r, command.SignedOn, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(GiveInstruction command, MajorMatterReport? report, TimeProvider time) =>
        Decisions.On(report, MajorMatterDecisions.NotFound,
            r => MajorMatterDecisions.Instruct(r, command.Text, command.DueOn, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(ReportInstructionProgress command, MajorMatterReport? report, TimeProvider time) =>
        Decisions.On(report, MajorMatterDecisions.NotFound,
            r => MajorMatterDecisions.ReportProgress(r, Guid.NewGuid(), command.Text, command.Unit, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(CompleteInstruction command, MajorMatterReport? report, TimeProvider time) =>
        Decisions.On(report, MajorMatterDecisions.NotFound, r => MajorMatterDecisions.Complete(r, command.Evidence, command.Actor, time.GetUtcNow()));
}
