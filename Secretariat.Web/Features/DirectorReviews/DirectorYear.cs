namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>The grades of the review: the four of a village cadre's yearly review (the notice names no scale; this is the common one).</summary>
public enum ReviewGrade
{
    Excellent,
    Competent,
    BasicallyCompetent,
    Incompetent
}

/// <summary>One allowance payment as the page lists it.</summary>
public sealed record AllowancePayment(Guid Id, int FromMonth, int ToMonth, decimal Amount, DateOnly PaidOn, string ByName, DateTimeOffset At)
{
    public string Period(int year) => FromMonth == ToMonth ? $"{year}年{FromMonth}月" : $"{year}年{FromMonth}-{ToMonth}月";

    public bool Overlaps(int fromMonth, int toMonth) => fromMonth <= ToMonth && FromMonth <= toMonth;
}

/// <summary>
/// What the app knew of a child director's year when the review was finalised (counts and titles only: no child is named): where they
/// served, the training they attended, the activities held in their village and the visits to its children while they served there.
/// </summary>
public sealed record ReviewFigures(DateOnly AsOf, IReadOnlyList<string> Postings, int DaysServed, int TrainingSessions, decimal TrainingHours,
    IReadOnlyList<string> Training, int Activities, IReadOnlyList<string> ActivityLines, int Visits, int VisitsByDirector, int ChildrenVisited);

/// <summary>A child director's year: the station's review and the allowances paid for it; one stream (and inline snapshot) per person and year.</summary>
public sealed class DirectorYear
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public string PersonName { get; set; } = "";
    public int Year { get; set; }
    public ReviewGrade? Grade { get; set; }
    public int? Score { get; set; }
    public string Comment { get; set; } = "";
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? FinalisedBy { get; set; }
    public DateTimeOffset? FinalisedAt { get; set; }
    public ReviewFigures? Figures { get; set; }
    public List<AllowancePayment> Payments { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFinal => FinalisedAt is not null;

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal PaidTotal => Payments.Sum(p => p.Amount);

    /// <summary>The year of a person in a town: the same id on every instance (the town in the key: a stream id is never shared by two towns).</summary>
    public static Guid IdOf(string town, Guid personId, int year) => StableIds.From($"director-year:{town}:{personId}:{year}");

    public void Apply(DirectorReviewRecorded e)
    {
        (Id, PersonId, PersonName, Year) = (e.YearId, e.PersonId, e.PersonName, e.Year);
        (Grade, Score, Comment, ReviewedBy, ReviewedAt) = (e.Grade, e.Score, e.Comment, e.By.Name, e.By.At);
    }

    public void Apply(DirectorReviewFinalised e) => (Figures, FinalisedBy, FinalisedAt) = (e.Figures, e.By.Name, e.By.At);

    public void Apply(AllowancePaid e)
    {
        (Id, PersonId, PersonName, Year) = (e.YearId, e.PersonId, e.PersonName, e.Year);
        Payments.Add(new AllowancePayment(e.PaymentId, e.FromMonth, e.ToMonth, e.Amount, e.PaidOn, e.By.Name, e.By.At));
    }
}

public static class ReviewGrades
{
    public static string Chinese(this ReviewGrade grade) => grade switch
    {
        ReviewGrade.Excellent => "优秀",
        ReviewGrade.Competent => "合格",
        ReviewGrade.BasicallyCompetent => "基本合格",
        _ => "不合格"
    };

    /// <summary>Yuan as the pages write it (two decimals, thousands not grouped: the clerk copies it to a voucher).</summary>
    public static string Yuan(this decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元";
}
