using Secretariat.Web.Features.Activities;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>A stretch of a year a person served as child director of one village or community (until: not included).</summary>
public sealed record DirectorSpan(Guid? VillageId, string VillageName, DateOnly From, DateOnly Until)
{
    public bool Contains(DateOnly day) => From <= day && day < Until;

    public int Days => Until.DayNumber - From.DayNumber;
}

/// <summary>
/// What the app knows of a child director's year, computed live from the training ledger (第75项), the 展示墙's activities (第25项) and the
/// children's visits (第28项) of the village while they served there: the figures the station's review (附件3-2 四) reads, and that its
/// finalising freezes. Visits are counted by the child's present village (a child who moved is counted where they live now).
/// </summary>
public static class DirectorFigures
{
    /// <summary>The stretches of <paramref name="year"/>, up to <paramref name="asOf"/> (included), the person served as child director.</summary>
    public static IReadOnlyList<DirectorSpan> Spans(ChildWorker worker, int year, DateOnly asOf)
    {
        var first = new DateOnly(year, 1, 1);
        var end = new DateOnly(year + 1, 1, 1) is var next && asOf < next ? asOf.AddDays(1) : next;
        var spans = new List<DirectorSpan>();
        foreach (var appointment in worker.Appointments.Where(a => a.Duty == ChildWorkerDuty.ChildDirector))
            for (var i = 0; i < appointment.Postings.Count; i++)
            {
                var posting = appointment.Postings[i];
                var until = i + 1 < appointment.Postings.Count ? appointment.Postings[i + 1].From : appointment.Until ?? DateOnly.MaxValue;
                var from = posting.From > first ? posting.From : first;
                if (until > end) until = end;
                if (from < until) spans.Add(new DirectorSpan(posting.UnitId, posting.UnitName ?? "", from, until));
            }
        return spans;
    }

    /// <summary>
    /// Whether the station owes the person a review of <paramref name="year"/>: they served as child director in it for at least three months
    /// (a director appointed after 1 October is still in the three months of 第75项's onboarding at the year's end and is reviewed the year
    /// after; one who left after three months is reviewed for the part served).
    /// </summary>
    public static bool IsDue(ChildWorker worker, int year) =>
        Spans(worker, year, new DateOnly(year, 12, 31)).Any(s => s.From.AddMonths(3) <= s.Until);

    public static ReviewFigures Of(ChildWorker worker, int year, DateOnly asOf, IReadOnlyList<TrainingSession> sessions, IReadOnlyList<Activity> activities,
        IReadOnlyList<ChildRecord> children)
    {
        var spans = Spans(worker, year, asOf);
        var attended = worker.Attended.Where(a => a.EndOn.Year == year && a.EndOn <= asOf).OrderBy(a => a.StartOn).ToList();
        decimal HoursOf(Guid id) => sessions.FirstOrDefault(s => s.Id == id)?.Courses.Sum(c => c.Hours) ?? 0;
        var held = activities.Where(a => a.VillageId is { } v && spans.Any(s => s.VillageId == v && s.Contains(a.HeldOn))).OrderBy(a => a.HeldOn).ToList();
        var visits = children.SelectMany(c => c.Visits.Select(v => (Child: c, Visit: v)))
            .Where(x => spans.Any(s => s.VillageId == x.Child.VillageId && s.Contains(x.Visit.On))).ToList();
        return new ReviewFigures(asOf,
            spans.Select(s => $"{s.VillageName}（{s.From.ChineseDate()}至{s.Until.AddDays(-1).ChineseDate()}）").ToList(),
            spans.Sum(s => s.Days),
            attended.Count,
            attended.Sum(a => HoursOf(a.SessionId)),
            attended.Select(a => $"{a.StartOn:M月d日}{a.Kind.Chinese()}“{a.Title}”，{HoursOf(a.SessionId):0.#} 学时").ToList(),
            held.Count,
            held.Select(a => $"{a.HeldOn:M月d日}{a.VillageName}{a.Kind.Chinese()}“{a.Title}”，{a.Participants} 人参加").ToList(),
            visits.Count,
            visits.Count(x => x.Visit.ByName == worker.Name),
            visits.Select(x => x.Child.Id).Distinct().Count());
    }

    /// <summary>The figures of a person's year as the app knows them on <paramref name="asOf"/>.</summary>
    public static async Task<ReviewFigures> LoadAsync(IQuerySession session, ChildWorker worker, int year, DateOnly asOf, CancellationToken ct)
    {
        var spans = Spans(worker, year, asOf);
        var first = new DateOnly(year, 1, 1);
        var sessionIds = worker.Attended.Where(a => a.EndOn.Year == year).Select(a => a.SessionId).Distinct().ToArray();
        var sessions = sessionIds.Length == 0 ? [] : await session.LoadManyAsync<TrainingSession>(ct, sessionIds);
        var villageIds = spans.Where(s => s.VillageId is not null).Select(s => s.VillageId!.Value).Distinct().ToArray();
        IReadOnlyList<Activity> activities = villageIds.Length == 0 ? [] :
            (await session.Query<Activity>().Where(a => a.HeldOn >= first && a.HeldOn <= asOf).ToListAsync(ct))
            .Where(a => a.RecordedAt.ToTownDate() <= asOf).ToList();
        IReadOnlyList<ChildRecord> children = villageIds.Length == 0 ? [] :
            await session.Query<ChildRecord>().Where(c => c.VillageId.IsOneOf(villageIds)).ToListAsync(ct);
        return Of(worker, year, asOf, sessions.ToList(), activities, children);
    }
}
