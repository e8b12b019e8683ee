namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>
/// The station's yearly review (考核) of a child director (附件3-2 四: 负责儿童主任管理，做好选拔、指导、培训、跟踪、考核等工作; 附件2 第73项:
/// 工作考核激励机制): its grade, an optional score and the station's comment, recorded (or corrected) until it is finalised.
/// </summary>
public sealed record DirectorReviewRecorded(Guid YearId, Guid PersonId, string PersonName, int Year, ReviewGrade Grade, int? Score, string Comment,
    StepBy By);

/// <summary>The review was finalised (定稿): from then on it changes no more, and the figures it was made on are kept with it.</summary>
public sealed record DirectorReviewFinalised(Guid YearId, ReviewFigures Figures, StepBy By);

/// <summary>
/// An allowance (津补贴, 附件2 第73项 津补贴制度; 第16项 交通、通讯等工作补贴) was paid to a child director for the months
/// <see cref="FromMonth"/>..<see cref="ToMonth"/> of <see cref="Year"/>.
/// </summary>
public sealed record AllowancePaid(Guid YearId, Guid PaymentId, Guid PersonId, string PersonName, int Year, int FromMonth, int ToMonth, decimal Amount,
    DateOnly PaidOn, StepBy By);
