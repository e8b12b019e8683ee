namespace Secretariat.Web.Features.Notifications;

/// <summary>An enabled account of the town as a notice sees it: its roles there, unit, roster person and contacts.</summary>
public sealed record TownAccount(UserAccount Account, TownMembership Membership)
{
    public Actor Actor => new(Account.Id, Account.DisplayName, Membership.Roles, Membership.UnitId, Membership.PersonId);

    public Recipient For(string kind) => new(Account.Id, Account.DisplayName, Account.Email, Account.Mobile, !Account.Wants(kind));
}

/// <summary>Who in a town receives what: the accounts with an enabled membership of the town (accounts are the district's documents).</summary>
public sealed class TownRecipients(IReadOnlyList<TownAccount> accounts) : ITownRecipients
{
    public static async Task<IReadOnlyList<TownAccount>> AccountsAsync(IQuerySession session, CancellationToken ct)
    {
        var town = session.TenantId;
        var accounts = await session.Query<UserAccount>().Where(u => !u.Disabled).ToListAsync(ct);
        return accounts.Select(a => (Account: a, Membership: a.In(town)))
            .Where(p => p.Membership is { Disabled: false })
            .Select(p => new TownAccount(p.Account, p.Membership!)).ToList();
    }

    public IReadOnlyList<Recipient> Holding(Capability capability, string kind, Reach reach = Reach.All | Reach.Station | Reach.OwnUnit) =>
        Where(actor => (actor.ReachOf(capability) & reach) != Reach.None, kind);

    public IReadOnlyList<Recipient> Station(string kind) => Holding(Capability.AnswerAlerts, kind, Reach.Station);

    public IReadOnlyList<Recipient> LiaisonsOf(IReadOnlyCollection<Guid> unitIds, string kind) =>
        Where(actor => actor.UnitId is { } unit && unitIds.Contains(unit) && actor.ReachOf(Capability.ReportProgress).HasFlag(Reach.OwnUnit), kind);

    public IReadOnlyList<Recipient> UnitLiaisons(IEnumerable<(Guid Id, string Name)> units, string kind) =>
        units.DistinctBy(u => u.Id)
            .SelectMany(u => LiaisonsOf([u.Id], kind) is { Count: > 0 } liaisons
                ? liaisons
                : [new Recipient(null, $"{u.Name}（联络人）", null, null) { Missing = "该单位没有成员单位联络人账号" }])
            .ToList();

    public IReadOnlyList<Recipient> People(IEnumerable<(Guid PersonId, string Name)> people, string kind) =>
        people.DistinctBy(p => p.PersonId)
            .Select(p => accounts.FirstOrDefault(a => a.Membership.PersonId == p.PersonId)?.For(kind) ?? new Recipient(null, p.Name, null, null))
            .ToList();

    public IReadOnlyList<Recipient> Where(Func<Actor, bool> test, string kind) => accounts.Where(a => test(a.Actor)).Select(a => a.For(kind)).ToList();
}

/// <summary>The notices of a town (<see cref="INotices"/>): its channels, read once per handler, and its accounts, read once when first asked.</summary>
public sealed class Notices(NotificationOptions options, TimeProvider time) : INotices
{
    public async Task<ITownNotices?> OpenAsync(IDocumentSession session, CancellationToken ct) =>
        await session.NotificationSettingsAsync(ct) is { AnyChannel: true } settings ? new TownNotices(session, settings, options, time.GetUtcNow()) : null;
}

public sealed class TownNotices(IDocumentSession session, NotificationSettings settings, NotificationOptions options, DateTimeOffset now) : ITownNotices
{
    private TownRecipients? _recipients;

    public DateTimeOffset Now => now;

    public string? Link(string path) => options.Link(session.TenantId, path);

    public NoticeSender? Sender => settings.Smtp is { } smtp ? new NoticeSender(smtp.SenderAddress, smtp.SenderName) : null;

    public int AdjustmentWaitingDays => settings.AdjustmentWaitingDays;

    public async Task<ITownRecipients> RecipientsAsync(CancellationToken ct) =>
        _recipients ??= new TownRecipients(await TownRecipients.AccountsAsync(session, ct));

    public async Task<OutgoingMessages> QueueAsync(NoticeDraft draft, IReadOnlyList<Recipient> recipients, CancellationToken ct, bool byEmail = true,
        bool toGroups = true)
    {
        var messages = new OutgoingMessages();
        messages.AddRange(await NoticeQueue.QueueAsync(session, settings, draft, recipients, now, ct, byEmail, toGroups));
        return messages;
    }
}
