namespace Secretariat.Web.Features.MajorMatters;

/// <summary>
/// The office reported a major resolution (重大事项) to the district office (五(三): 重大事项按程序报批，同时报告区未保机构), under the
/// number it took in the year's register of reports (某某未保领办报〔2026〕1号).
/// </summary>
public sealed record MajorMatterReported(Guid ReportId, string Number, int Year, int Sequence, Guid ResolutionId, string Text,
    string ResolutionText, Guid MeetingId, string MeetingTitle, string MinutesNumber, DateOnly DueOn, StepBy By);

/// <summary>The district office signed for (签收) the report on a day.</summary>
public sealed record MajorMatterSignedFor(Guid ReportId, DateOnly SignedOn, StepBy By);

/// <summary>The district office replied with an instruction (批示) the town carries out by its due day.</summary>
public sealed record InstructionGiven(Guid ReportId, string Text, DateOnly DueOn, StepBy By);

/// <summary>The office reported how the instruction is being carried out (落实情况), for a unit.</summary>
public sealed record InstructionProgressReported(Guid ReportId, Guid ProgressId, string Text, string Unit, StepBy By);

/// <summary>The office closed the instruction (办结) with its evidence.</summary>
public sealed record InstructionDone(Guid ReportId, string Evidence, StepBy By);
