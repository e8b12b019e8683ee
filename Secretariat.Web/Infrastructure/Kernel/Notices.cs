namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>Someone a notice is meant for: an account of the town, or a meeting guest with an address.</summary>
public sealed record Recipient(Guid? UserId, string Name, string? Email, string? Mobile, bool Muted = false)
{
    /// <summary>Why nobody can be reached here (a unit without a liaison account): the log shows it as 未发送.</summary>
    public string? Missing { get; init; }

    public string Key => UserId?.ToString() ?? Email?.Trim().ToLowerInvariant() ?? Name;
}

/// <summary>One notice of one event (its key makes it once per event), before it is addressed to anyone.</summary>
public sealed record NoticeDraft(string Kind, string EventKey, string Subject, string Body)
{
    /// <summary>An iCalendar invitation to attach (meetings): its METHOD (REQUEST/CANCEL) and the text, built per recipient.</summary>
    public Func<Recipient, string>? Invitation { get; init; }
    public string? InvitationMethod { get; init; }
}

/// <summary>The address notices are sent from by e-mail (an invitation's organizer).</summary>
public sealed record NoticeSender(string Address, string Name);

/// <summary>
/// Notices leave the app through this (implemented by Notifications): a feature's handler of its own events, or its daily
/// reminders, opens the town's notices in its own session, addresses drafts, and returns the messages that deliver them, so they
/// are stored with the handler's transaction and sent through the outbox after it commits.
/// </summary>
public interface INotices
{
    /// <summary>The notices of the session's town; null while the town has no channel (then nothing is stored or sent).</summary>
    Task<ITownNotices?> OpenAsync(IDocumentSession session, CancellationToken ct);
}

/// <summary>A town's notices within one handler: its channels, who its accounts are, and the queue.</summary>
public interface ITownNotices
{
    /// <summary>The instant the notices are addressed at (the log's time).</summary>
    DateTimeOffset Now { get; }

    /// <summary>An absolute link into the town for a notice's text, when the site's address is configured.</summary>
    string? Link(string path);

    /// <summary>The e-mail sender, when e-mail is configured.</summary>
    NoticeSender? Sender { get; }

    /// <summary>The town's 通知设置: a request waiting this many days for its approver is reminded (成员调整待审批).</summary>
    int AdjustmentWaitingDays { get; }

    /// <summary>The town's accounts as recipients, read once per handler.</summary>
    Task<ITownRecipients> RecipientsAsync(CancellationToken ct);

    /// <summary>
    /// Addresses a draft (a row per recipient by e-mail and one per group robot, each once per event), in the handler's session; the
    /// handler returns the messages. <paramref name="byEmail"/>: to the recipients by e-mail; <paramref name="toGroups"/>: to the
    /// town's group robots, mentioning the recipients' mobiles.
    /// </summary>
    Task<OutgoingMessages> QueueAsync(NoticeDraft draft, IReadOnlyList<Recipient> recipients, CancellationToken ct, bool byEmail = true,
        bool toGroups = true);
}

/// <summary>Who in a town receives what, by the permission table: the accounts with an enabled membership of the town.</summary>
public interface ITownRecipients
{
    /// <summary>The accounts whose roles hold the capability within the reach.</summary>
    IReadOnlyList<Recipient> Holding(Capability capability, string kind, Reach reach = Reach.All | Reach.Station | Reach.OwnUnit);

    /// <summary>The work station: its rules' deadlines are its own (<see cref="Capability.AnswerAlerts"/> with the station's reach).</summary>
    IReadOnlyList<Recipient> Station(string kind);

    /// <summary>Who speaks for the units (a unit's reach of <see cref="Capability.ReportProgress"/>): their 成员单位联络人.</summary>
    IReadOnlyList<Recipient> LiaisonsOf(IReadOnlyCollection<Guid> unitIds, string kind);

    /// <summary>Each unit's liaisons; a unit with none is named all the same, so the log shows which unit heard nothing.</summary>
    IReadOnlyList<Recipient> UnitLiaisons(IEnumerable<(Guid Id, string Name)> units, string kind);

    /// <summary>Roster people by their linked accounts; a person with no account is still named (the log shows who was missed).</summary>
    IReadOnlyList<Recipient> People(IEnumerable<(Guid PersonId, string Name)> people, string kind);

    /// <summary>The accounts whose actor in the town passes the test (e.g. sees an alert).</summary>
    IReadOnlyList<Recipient> Where(Func<Actor, bool> test, string kind);
}

/// <summary>One reminder addressed: the notice and who it is for.</summary>
public sealed record DueReminder(NoticeDraft Draft, IReadOnlyList<Recipient> Recipients);

/// <summary>
/// What a feature contributes to the daily reminders (registered in its own module): the reminders due in the session's town on
/// the day, each with a key naming its subject, due date and window, so it goes once however often the job runs.
/// </summary>
public interface IDueReminders
{
    Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct);
}

public static class NoticeText
{
    /// <summary>The notice's last line, 详情 with the link into the town, when the site's address is configured.</summary>
    public static System.Text.StringBuilder AppendLink(this System.Text.StringBuilder text, string? link) =>
        link is null ? text : text.Append($"详情：{link}\n");
}
