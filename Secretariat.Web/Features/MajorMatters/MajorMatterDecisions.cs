using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>
/// Pure decisions on major-matter reports (R10, 五(三)): state + command → event, or a refusal in Chinese.
/// </summary>
public static class MajorMatterDecisions
{
    public const int MaxText = 4000;
    public const int MaxUnit = 50;
    public const string NotFound = "找不到该重大事项报告。";


    private static Refusal? Text(string? value, string what, int max = MaxText)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) return new Refusal($"请填写{what}。");
        return trimmed.Length > max ? new Refusal($"{what}不能超过 {max} 个字。") : null;
    }

    /// <summary>
    /// The office reports a major resolution of issued minutes once: the report's stream starts, and it takes the year's next number in
    /// the town's register of reports (<paramref name="register"/>, null before the year's first report).
    /// </summary>
    public static Decided Report(Guid reportId, Resolution? resolution, MajorMatterReport? existing, DocumentRegister? register,
        TownProfile town, string? text, Actor actor, DateTimeOffset now)
    {
        if (resolution is null) return new Refusal("找不到该议定事项。");
        if (!resolution.IsMajor) return new Refusal("该议定事项不是重大事项，无须报区未保办。");
        if (string.IsNullOrWhiteSpace(resolution.MinutesNumber))
            return new Refusal("该议定事项所在的会议纪要尚未印发，不能报区。");
        if (existing is not null)
            return new Refusal($"该重大事项已于 {existing.ReportedOn:yyyy-MM-dd} 以 {existing.Number} 报区，不能重复报送。");
        if (Text(text, "报告内容") is { } refused) return refused;
        var taken = DocumentRegister.Next(register, DocumentKind.MajorMatterReport, now.ToTownDate().Year, reportId);
        return Decided.Start<MajorMatterReport>(reportId, new MajorMatterReported(reportId, town.Number(taken.ToNumber()), taken.Year, taken.Sequence,
                resolution.Id, text!.Trim(), resolution.Text, resolution.MeetingId, resolution.MeetingTitle, resolution.MinutesNumber, resolution.DueOn,
                StepBy.Of(actor, now)))
            .AndNumber(taken);
    }

    /// <summary>The district signs for (签收) a report once, on a day between its report and today.</summary>
    public static Decision<MajorMatterSignedFor> SignFor(MajorMatterReport report, DateOnly? signedOn, Actor actor, DateTimeOffset now)
    {
        if (report.SignedOn is { } signed) return new Refusal($"该报告已于 {signed:yyyy-MM-dd} 签收，不能重复签收。");
        if (signedOn is not { } day) return new Refusal("请按 年-月-日 填写签收日期。");
        if (day < report.ReportedOn) return new Refusal($"签收日期不能早于报送日期（{report.ReportedOn:yyyy-MM-dd}）。");
        if (day > now.ToTownDate()) return new Refusal("签收日期不能晚于今天。");
        return new MajorMatterSignedFor(report.Id, day, StepBy.Of(actor, now));
    }

    /// <summary>The district may reply with one instruction (批示) on a report it signed for, due on a day from today on.</summary>
    public static Decision<InstructionGiven> Instruct(MajorMatterReport report, string? text, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        if (!report.IsSignedFor) return new Refusal("请先签收该报告，再作批示。");
        if (report.HasInstruction) return new Refusal("已对该报告作出批示，不能重复批示。");
        if (Text(text, "批示内容") is { } refused) return refused;
        if (dueOn is not { } due) return new Refusal("请按 年-月-日 填写批示的办理期限。");
        if (due < now.ToTownDate()) return new Refusal("批示的办理期限不能早于今天。");
        if (UserDates.Problem(due, now.ToTownDate(), "批示的办理期限") is { } late) return new Refusal(late);
        return new InstructionGiven(report.Id, text!.Trim(), due, StepBy.Of(actor, now));
    }

    /// <summary>The office reports how the instruction is carried out, until it is done.</summary>
    public static Decision<InstructionProgressReported> ReportProgress(MajorMatterReport report, Guid progressId, string? text, string? unit,
        Actor actor, DateTimeOffset now)
    {
        if (!report.HasInstruction) return new Refusal("区未保办尚未作出批示，无须报送落实情况。");
        if (report.IsDone) return new Refusal("批示已办结，不能再报送落实情况。");
        if (Text(text, "落实情况") is { } refused) return refused;
        var who = string.IsNullOrWhiteSpace(unit) ? "领导小组办公室" : unit.Trim();
        if (who.Length > MaxUnit) return new Refusal($"报送单位不能超过 {MaxUnit} 个字。");
        return new InstructionProgressReported(report.Id, progressId, text!.Trim(), who, StepBy.Of(actor, now));
    }

    /// <summary>The office closes the instruction (办结) with its evidence, once.</summary>
    public static Decision<InstructionDone> Complete(MajorMatterReport report, string? evidence, Actor actor, DateTimeOffset now)
    {
        if (!report.HasInstruction) return new Refusal("区未保办尚未作出批示，无可办结。");
        if (report.IsDone) return new Refusal($"批示已于 {report.DoneOn:yyyy-MM-dd} 办结。");
        if (Text(evidence, "办结依据", 1000) is { } refused) return refused;
        return new InstructionDone(report.Id, evidence!.Trim(), StepBy.Of(actor, now));
    }
}
