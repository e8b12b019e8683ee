namespace Secretariat.Web.Features.Suggestions;

/// <summary>Who made a suggestion (附件2 第62项: 人民法院、人民检察院、公安机关和司法行政部门).</summary>
public enum SuggestionSource
{
    Court,
    Procuratorate,
    Police,
    JusticeOffice
}

/// <summary>
/// A unit received a suggestion that it had not fulfilled a duty of protection (教育、管理、救助、看护) and must answer it in writing within a
/// month (附件2 第62项): who made it, its reference (文号), what it is about, the unit, the day it was received and the day the reply is due.
/// </summary>
public sealed record SuggestionReceived(
    Guid SuggestionId, SuggestionSource Source, string Reference, string Subject, Guid UnitId, string UnitName, DateOnly ReceivedOn, DateOnly ReplyDueOn,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The unit answered in writing on a day (its reference and a summary).</summary>
public sealed record SuggestionAnswered(Guid SuggestionId, DateOnly AnsweredOn, string ReplyReference, string Summary, string RecordedBy,
    DateTimeOffset RecordedAt);
